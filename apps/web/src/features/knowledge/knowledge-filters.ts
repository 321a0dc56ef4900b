import { ARTICLE_KINDS, type ArticleKind } from './knowledge.queries';

/** The list's filters as the URL holds them, so a filtered list can be shared, reloaded and gone back to. */
export interface KnowledgeFilters {
  q: string;
  kind: ArticleKind | null;
  language: string | null;
  /** Term codes; an article must carry each one (or a descendant). */
  terms: string[];
  country: string | null;
  valueChain: string | null;
  author: string | null;
  organization: string | null;
  community: string | null;
}

/** The filters shown as removable chips (all but the search text, kind and language, which the form holds). */
export type FilterName = 'term' | 'country' | 'valueChain' | 'author' | 'organization' | 'community';

export const LANGUAGES = ['en', 'de', 'fr', 'it'] as const;
export const MAX_TERMS = 5;

const EMPTY: KnowledgeFilters = {
  q: '',
  kind: null,
  language: null,
  terms: [],
  country: null,
  valueChain: null,
  author: null,
  organization: null,
  community: null,
};

const isKind = (value: string | null): value is ArticleKind => ARTICLE_KINDS.includes(value as ArticleKind);
const text = (value: string | null) => (value && value.trim() ? value.trim() : null);

export function readFilters(search: URLSearchParams): KnowledgeFilters {
  const kind = search.get('kind');
  const language = search.get('language');
  const country = text(search.get('country'));
  return {
    q: search.get('q')?.trim() ?? '',
    kind: isKind(kind) ? kind : null,
    language: LANGUAGES.includes(language as (typeof LANGUAGES)[number]) ? language : null,
    terms: [...new Set(search.getAll('term').flatMap((code) => text(code) ?? []))].slice(0, MAX_TERMS),
    country: country ? country.toUpperCase() : null,
    valueChain: text(search.get('valueChain')),
    author: text(search.get('author')),
    organization: text(search.get('organization')),
    community: text(search.get('community')),
  };
}

/** The list page's address for these filters; the same filters always give the same URL. */
export function knowledgeHref(filters: Partial<KnowledgeFilters>): string {
  const all = { ...EMPTY, ...filters };
  const params = new URLSearchParams();
  if (all.q) params.set('q', all.q);
  if (all.kind) params.set('kind', all.kind);
  if (all.language) params.set('language', all.language);
  for (const code of all.terms) params.append('term', code);
  for (const name of ['country', 'valueChain', 'author', 'organization', 'community'] as const) {
    const value = all[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `/knowledge?${query}` : '/knowledge';
}

/** The filters without one chip's value. */
export function withoutFilter(filters: KnowledgeFilters, name: FilterName, value: string): KnowledgeFilters {
  if (name === 'term') return { ...filters, terms: filters.terms.filter((code) => code !== value) };
  return { ...filters, [name]: null };
}

export interface ActiveFilter {
  name: FilterName;
  value: string;
}

export function activeFilters(filters: KnowledgeFilters): ActiveFilter[] {
  const single = (['organization', 'community', 'author', 'valueChain', 'country'] as const).flatMap((name) => {
    const value = filters[name];
    return value ? [{ name, value }] : [];
  });
  return [...single, ...filters.terms.map((value) => ({ name: 'term' as const, value }))];
}

/** The list query's variables: each filter maps to the argument of the same meaning. */
export function listVariables(filters: KnowledgeFilters) {
  return {
    query: filters.q || null,
    kind: filters.kind,
    language: filters.language ? filters.language.toUpperCase() : null,
    terms: filters.terms.length > 0 ? filters.terms : null,
    targetCountry: filters.country,
    valueChain: filters.valueChain,
    author: filters.author,
    organization: filters.organization,
    community: filters.community,
  };
}

export type KnowledgeListVariables = ReturnType<typeof listVariables>;
