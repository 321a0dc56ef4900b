import { RELEVANCE_WINDOW } from '../../apps/api/src/modules/search/search-text';

/**
 * PostGraphile 4 exposes tables, equality conditions and SQL functions; it has no filter on a
 * term's descendants and no full-text search. Its documented way to add them is a SQL function:
 * a computed column (term_providers → Term.providers) and a custom query (search_organizations →
 * Query.searchOrganizations). They are created in the benchmark database only, with the same
 * conditions as our API and the raw-SQL statements. The descendant arrays are scalar subqueries
 * so that PostgreSQL computes them once per call, not once per row.
 */
export const POSTGRAPHILE_FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION bench_term_descendants(root_code text) RETURNS int[] LANGUAGE sql STABLE AS $$
    WITH RECURSIVE d AS (SELECT id FROM term WHERE code = root_code UNION ALL SELECT t.id FROM term t JOIN d ON t.parent_id = d.id)
    SELECT array_agg(id) FROM d $$`,
  `COMMENT ON FUNCTION bench_term_descendants(text) IS E'@omit'`,
  // A range of provider_member (kept by triggers in the schema), as our API and the raw SQL read it.
  `CREATE OR REPLACE FUNCTION term_providers(t term, technology_code text) RETURNS SETOF organization LANGUAGE sql STABLE AS $$
    SELECT o.* FROM provider_member p JOIN organization o ON o.id = p.organization_id
    WHERE p.application_id = t.id AND p.technology_id = (SELECT id FROM term WHERE code = technology_code)
    ORDER BY p.name, p.organization_id $$`,
  // The same search as our API and the raw SQL: a prefix tsquery (built by the API's parseSearchText
  // in the harness, as the raw-SQL server does) or a trigram word match on the name for typos,
  // ranked by both, over the newest RELEVANCE_WINDOW matches. Its first version used
  // websearch_to_tsquery alone (no prefixes, no typos), which is less work than the search it was
  // compared with.
  `CREATE OR REPLACE FUNCTION search_organizations(technology_code text, country_code text, search text, search_query text) RETURNS SETOF organization LANGUAGE sql STABLE AS $$
    SELECT o.* FROM (
      SELECT * FROM organization o
      WHERE o.deleted_at IS NULL AND o.country = country_code
        AND (SELECT true FROM capability c WHERE c.organization_id = o.id AND c.technology_id = ANY((SELECT bench_term_descendants(technology_code))::int[]) LIMIT 1) IS TRUE
        AND (o.search_vector @@ to_tsquery('simple', search_query) OR public.lb_fold(search) <% o.name_folded)
      ORDER BY o.id DESC LIMIT ${RELEVANCE_WINDOW}
    ) o
    ORDER BY (ts_rank(o.search_vector, to_tsquery('simple', search_query)) + word_similarity(public.lb_fold(search), o.name_folded))::real DESC, o.id DESC $$`,
];

export const DROP_POSTGRAPHILE_FUNCTIONS = [
  'DROP FUNCTION IF EXISTS search_organizations(text, text, text)',
  'DROP FUNCTION IF EXISTS search_organizations(text, text, text, text)',
  'DROP FUNCTION IF EXISTS term_providers(term, text)',
  'DROP FUNCTION IF EXISTS bench_term_descendants(text)',
];
