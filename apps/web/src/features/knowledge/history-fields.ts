import type { KnowledgeKey } from './knowledge-i18n';

// Columns of the audit's before/after as the API stores them, and the link tables' columns.
const FIELDS: Record<string, KnowledgeKey> = {
  title: 'history.field.title',
  summary: 'history.field.summary',
  body: 'history.field.body',
  kind: 'history.field.kind',
  language: 'history.field.language',
  target_countries: 'history.field.targetCountries',
  term_id: 'history.field.terms',
  value_chain_id: 'history.field.valueChains',
  organization_id: 'history.field.authors',
};

/** The readable fields an audit entry changed (the rendered HTML, version and timestamps follow from them). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): KnowledgeKey[] {
  if (!before || !after) return [];
  return Object.keys(FIELDS).flatMap((column) =>
    column in after && JSON.stringify(before[column]) !== JSON.stringify(after[column]) ? [FIELDS[column]!] : [],
  );
}
