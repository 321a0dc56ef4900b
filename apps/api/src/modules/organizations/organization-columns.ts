import type { GraphQLResolveInfo } from 'graphql';
import { connectionItemFields } from '../../graphql/selected-fields';

/**
 * Columns every organization object carries, whatever the request asked: the identity fields and
 * what the field resolvers on Organization read (its dbId and kind). A resolver that needs another
 * column must add it here.
 */
const CORE_COLUMNS = ['id', 'slug', 'name', 'kind', 'country', 'version'];

/**
 * The other columns, each read only when a field that shows it is selected: a page of names does
 * not decode descriptions, identifiers and timestamps it will not send (a fifth of a page
 * request's CPU time went to decoding such rows, docs/performance.md).
 */
export const FIELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  region: ['region'],
  city: ['city'],
  location: ['latitude', 'longitude'],
  website: ['website'],
  sizeBand: ['size_band'],
  foundedYear: ['founded_year'],
  description: ['description'],
  verified: ['verified'],
  externalIds: ['external_ids'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
};

const byFields = new WeakMap<ReadonlySet<string>, string>();

/** The SELECT list (alias `o`) for the organizations of a connection field, from the fields its items select. */
export function organizationColumns(info: GraphQLResolveInfo): string {
  const fields = connectionItemFields(info);
  let columns = byFields.get(fields);
  if (columns === undefined) {
    const optional = Object.entries(FIELD_COLUMNS).flatMap(([field, names]) => (fields.has(field) ? names : []));
    columns = [...CORE_COLUMNS, ...optional].map((name) => `o.${name}`).join(', ');
    byFields.set(fields, columns);
  }
  return columns;
}
