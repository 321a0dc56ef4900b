// The directory's state lives in the URL so that a search can be shared, reloaded and navigated
// back to. These functions are the only place that knows the query-string format.

export type DirectoryView = 'list' | 'map';
export type DirectorySort = 'NAME' | 'NEWEST' | 'RELEVANCE';

export interface DirectoryFilters {
  q: string;
  kinds: string[];
  countries: string[];
  clusters: string[];
  technologies: string[];
  applications: string[];
  stages: string[];
  minTrl: number | null;
  verified: boolean | null;
  sort: DirectorySort | null;
  view: DirectoryView;
  after: string | null;
  before: string | null;
}

export const EMPTY_FILTERS: DirectoryFilters = {
  q: '',
  kinds: [],
  countries: [],
  clusters: [],
  technologies: [],
  applications: [],
  stages: [],
  minTrl: null,
  verified: null,
  sort: null,
  view: 'list',
  after: null,
  before: null,
};

const LISTS = [
  ['kinds', 'kind'],
  ['countries', 'country'],
  ['clusters', 'cluster'],
  ['technologies', 'tech'],
  ['applications', 'app'],
  ['stages', 'stage'],
] as const;

const SORTS: readonly string[] = ['NAME', 'NEWEST', 'RELEVANCE'];
const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export function parseFilters(search: URLSearchParams): DirectoryFilters {
  const filters: DirectoryFilters = { ...EMPTY_FILTERS, q: (search.get('q') ?? '').trim() };
  for (const [field, param] of LISTS) filters[field] = unique(search.getAll(param));
  filters.kinds = filters.kinds.map((k) => k.toUpperCase());
  filters.countries = filters.countries.map((c) => c.toUpperCase());
  const trl = Number(search.get('trl'));
  filters.minTrl = Number.isInteger(trl) && trl >= 1 && trl <= 9 ? trl : null;
  const verified = search.get('verified');
  filters.verified = verified === 'true' ? true : verified === 'false' ? false : null;
  const sort = search.get('sort');
  filters.sort = sort && SORTS.includes(sort) ? (sort as DirectorySort) : null;
  filters.view = search.get('view') === 'map' ? 'map' : 'list';
  filters.after = search.get('after') || null;
  filters.before = filters.after ? null : search.get('before') || null;
  return filters;
}

/** The query string (with "?", or "" when empty) for a filter state; defaults are left out. */
export function serializeFilters(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const [field, param] of LISTS) for (const value of filters[field]) params.append(param, value);
  if (filters.minTrl !== null) params.set('trl', String(filters.minTrl));
  if (filters.verified !== null) params.set('verified', String(filters.verified));
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.view !== 'list') params.set('view', filters.view);
  if (filters.after) params.set('after', filters.after);
  else if (filters.before) params.set('before', filters.before);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A change of any condition starts again at the first page. */
export function withChange(filters: DirectoryFilters, change: Partial<DirectoryFilters>): DirectoryFilters {
  const pageOnly = Object.keys(change).every((key) => key === 'after' || key === 'before' || key === 'view');
  return { ...filters, ...(pageOnly ? {} : { after: null, before: null }), ...change };
}

export interface OrganizationFilterInput {
  search?: string;
  kinds?: string[];
  countries?: string[];
  clusters?: string[];
  technologies?: string[];
  applications?: string[];
  stages?: string[];
  minTrl?: number;
  verified?: boolean;
}

/** The GraphQL `OrganizationFilter` for a filter state; empty conditions are left out. */
export function toGraphqlFilter(filters: DirectoryFilters): OrganizationFilterInput {
  const input: OrganizationFilterInput = {};
  if (filters.q) input.search = filters.q;
  for (const [field] of LISTS) if (filters[field].length > 0) input[field] = filters[field];
  if (filters.minTrl !== null) input.minTrl = filters.minTrl;
  if (filters.verified !== null) input.verified = filters.verified;
  return input;
}

export const countActiveFilters = (filters: DirectoryFilters): number =>
  (filters.q ? 1 : 0) +
  LISTS.reduce((n, [field]) => n + filters[field].length, 0) +
  (filters.minTrl !== null ? 1 : 0) +
  (filters.verified !== null ? 1 : 0);
