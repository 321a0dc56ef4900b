/**
 * The physical limit: each reference operation as one hand-written SQL statement that builds the
 * whole GraphQL-shaped JSON response in PostgreSQL. Parameters are positional; see raw-sql-server.ts.
 */
import { RELEVANCE_WINDOW } from '../../apps/api/src/modules/search/search-text';
import type { OperationName } from './operations';

/** base64url of a text, as our API's global ids and cursors are encoded. */
const base64url = (text: string) => `rtrim(translate(replace(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', ''), '+/', '-_'), '=')`;
const organizationId = (alias: string) => base64url(`'Organization:' || ${alias}.id`);

/** A term and its descendants' ids, from a code ($n). */
const descendants = (param: string) => `(WITH RECURSIVE d AS (SELECT id FROM term WHERE code = ${param}
    UNION ALL SELECT t.id FROM term t JOIN d ON t.parent_id = d.id) SELECT array_agg(id) FROM d)`;

const termJson = (alias: string) => `json_build_object('code', ${alias}.code, 'label', ${alias}.labels->>'en')`;

export const RAW_SQL: Record<OperationName, string> = {
  // $1 first
  page: `WITH p AS (
  SELECT o.id, o.name, o.country, o.kind FROM organization o WHERE o.deleted_at IS NULL ORDER BY o.name, o.id LIMIT $1 + 1
), page AS (SELECT * FROM p ORDER BY name, id LIMIT $1)
SELECT json_build_object('data', json_build_object('organizations', json_build_object(
  'nodes', coalesce((SELECT json_agg(json_build_object('id', ${organizationId('page')}, 'name', page.name, 'country', page.country, 'kind', page.kind) ORDER BY page.name, page.id) FROM page), '[]'),
  'pageInfo', json_build_object(
    'endCursor', (SELECT ${base64url(`'[' || to_json(l.name)::text || ',' || l.id || ']'`)} FROM (SELECT * FROM page ORDER BY name DESC, id DESC LIMIT 1) l),
    'hasNextPage', (SELECT count(*) FROM p) > $1)))) AS body`,

  // $1 technology code, $2 first; each area's providers are a range of provider_member (kept by
  // triggers: application or ancestor, technology or ancestor, organization name, id), as our API reads them
  technologyTree: `SELECT json_build_object('data', json_build_object(
  'term', (SELECT ${termJson('t')} FROM term t WHERE t.code = $1),
  'terms', json_build_object('nodes', coalesce((
    SELECT json_agg(json_build_object('code', a.code, 'label', a.labels->>'en', 'providers', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object('id', ${organizationId('o')}, 'name', o.name, 'country', o.country) ORDER BY o.name, o.id)
      FROM (
        SELECT o.id, o.name, o.country FROM provider_member p JOIN organization o ON o.id = p.organization_id
        WHERE p.application_id = a.id AND p.technology_id = (SELECT id FROM term WHERE code = $1)
        ORDER BY p.name, p.organization_id LIMIT $2
      ) o), '[]'))) ORDER BY a.code)
    FROM (
      SELECT t.id, t.code, t.labels FROM term t
      WHERE t.facet = 'APPLICATION' AND t.status = 'APPROVED' ORDER BY t.code LIMIT $2
    ) a), '[]')))) AS body`,

  // $1 cluster slug, $2 first; capabilities by readiness level (highest first), applications by id, as in our API
  clusterMembers: `SELECT json_build_object('data', json_build_object('organization', (
  SELECT json_build_object('name', cl.name, 'members', json_build_object('nodes', coalesce((
    SELECT json_agg(json_build_object('name', m.name, 'capabilities', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object(
        'trl', c.trl, 'technology', ${termJson('tt')}, 'stage', ${termJson('ts')},
        'applications', coalesce((SELECT json_agg(${termJson('ta')} ORDER BY ta.id)
          FROM capability_application ca JOIN term ta ON ta.id = ca.application_id WHERE ca.capability_id = c.id), '[]')
      ) ORDER BY c.trl DESC, c.id DESC)
      FROM (SELECT * FROM capability c WHERE c.organization_id = m.id ORDER BY c.trl DESC, c.id DESC LIMIT $2) c
      JOIN term tt ON tt.id = c.technology_id JOIN term ts ON ts.id = c.stage_id), '[]'))) ORDER BY m.name, m.id)
    FROM (
      SELECT o.id, o.name FROM organization o
      WHERE o.deleted_at IS NULL AND EXISTS (SELECT 1 FROM membership ms WHERE ms.organization_id = o.id AND ms.cluster_id = cl.id AND ms.status = 'ACTIVE')
      ORDER BY o.name, o.id LIMIT $2
    ) m), '[]')))
  FROM organization cl WHERE cl.slug = $1 AND cl.deleted_at IS NULL))) AS body`,

  // $1 organization database id
  nodeLookup: `SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object('id', ${organizationId('o')}, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'country', o.country, 'city', o.city, 'website', o.website)
  FROM organization o WHERE o.id = $1 AND o.deleted_at IS NULL))) AS body`,

  // $1 technology code, $2 country, $3 raw text, $4 prefix tsquery, $5 first; ranks the newest
  // RELEVANCE_WINDOW matches, as our API does. The technology ids are computed once (MATERIALIZED):
  // inlined, the per-organization probe counted their recursive query once per row, and the
  // estimate (234,000) turned on PostgreSQL's JIT compiler, 20 ms of every execution.
  search: `WITH tech AS MATERIALIZED (SELECT ${descendants('$1')} AS ids)
SELECT json_build_object('data', json_build_object('organizations', json_build_object('nodes', coalesce((
  SELECT json_agg(json_build_object('id', ${organizationId('r')}, 'name', r.name, 'country', r.country, 'kind', r.kind) ORDER BY r.rank DESC, r.id DESC)
  FROM (
    SELECT o.id, o.name, o.country, o.kind,
      (ts_rank(o.search_vector, to_tsquery('simple', $4))
        + word_similarity(public.lb_fold($3), o.name_folded))::real AS rank
    FROM (
      SELECT o.* FROM organization o CROSS JOIN tech
      WHERE o.deleted_at IS NULL AND o.country = $2
        AND (SELECT true FROM capability c WHERE c.organization_id = o.id AND c.technology_id = ANY(tech.ids) LIMIT 1) IS TRUE
        AND (o.search_vector @@ to_tsquery('simple', $4)
          OR public.lb_fold($3) <% o.name_folded)
      ORDER BY o.id DESC LIMIT ${RELEVANCE_WINDOW}
    ) o
    ORDER BY rank DESC, o.id DESC LIMIT $5
  ) r), '[]')))) AS body`,
};
