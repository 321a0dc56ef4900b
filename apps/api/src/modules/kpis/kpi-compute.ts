import type { Params } from '../../graphql/sql';
import { MIN_GROUP_SIZE } from '../assessments/assessment-aggregate.service';

/**
 * The KPIs the platform computes from its own data, never typed in. Each yields the distinct
 * subjects (organizations, capabilities, links ...) of a cluster with the date that counts; a
 * period's value is the number of distinct subjects dated inside it.
 */
export const COMPUTED_KPIS: Record<string, string> = {
  // Active SME members that published a capability or a need, or took part in an event.
  'smes-engaged': `
    SELECT m.cluster_id, o.id::text AS subject, x.at FROM membership m
    JOIN organization o ON o.id = m.organization_id AND o.kind = 'SME' AND o.deleted_at IS NULL
    CROSS JOIN LATERAL (
      SELECT c.created_at AS at FROM capability c WHERE c.organization_id = o.id
      UNION ALL SELECT n.created_at FROM need n WHERE n.organization_id = o.id
      UNION ALL SELECT e.starts_on::timestamptz FROM event_participant ep JOIN event e ON e.id = ep.event_id WHERE ep.organization_id = o.id
    ) x
    WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)`,
  'capabilities-published': `
    SELECT m.cluster_id, c.id::text, c.created_at FROM membership m JOIN capability c ON c.organization_id = m.organization_id
    WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)`,
  'needs-published': `
    SELECT m.cluster_id, n.id::text, n.created_at FROM membership m JOIN need n ON n.organization_id = m.organization_id
    WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)`,
  // Accepted cluster links of the cluster, and accepted links of communities the cluster or an active member belongs to.
  'links-made': `
    SELECT k.cluster_id, l.id::text, COALESCE(l.decided_at, l.updated_at) FROM kpi_clusters k
    JOIN link l ON l.kind = 'CLUSTER' AND l.status = 'ACCEPTED' AND k.cluster_id IN (l.from_cluster_id, l.to_cluster_id)
    UNION ALL
    SELECT cc.cluster_id, l.id::text, COALESCE(l.decided_at, l.updated_at) FROM (
      SELECT k.cluster_id, cm.community_id FROM kpi_clusters k JOIN community_member cm ON cm.organization_id = k.cluster_id
      UNION
      SELECT m.cluster_id, cm.community_id FROM membership m JOIN community_member cm ON cm.organization_id = m.organization_id
      WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)
    ) cc
    JOIN link l ON l.kind = 'COMMUNITY' AND l.status = 'ACCEPTED' AND cc.community_id IN (l.from_community_id, l.to_community_id)`,
  // Partner/skills needs of active members, published in the period, that at least one organization
  // outside the cluster can answer (a capability in the technology or a descendant, at the stage if named).
  matches: `
    SELECT m.cluster_id, n.id::text, n.created_at FROM membership m JOIN need n ON n.organization_id = m.organization_id
    WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)
      AND n.kind IN ('PARTNER', 'SKILLS') AND n.technology_id IS NOT NULL
      AND EXISTS (
        SELECT 1 FROM term_closure tc JOIN capability c ON c.technology_id = tc.id
        JOIN organization p ON p.id = c.organization_id AND p.deleted_at IS NULL
        WHERE tc.root = n.technology_id AND c.organization_id <> n.organization_id
          AND (n.stage_id IS NULL OR c.stage_id IN (SELECT s.id FROM term_closure s WHERE s.root = n.stage_id))
          AND NOT EXISTS (SELECT 1 FROM membership pm WHERE pm.organization_id = p.id AND pm.cluster_id = m.cluster_id AND pm.status = 'ACTIVE'))`,
  'agreements-signed': `
    SELECT s.organization_id, a.id::text, a.signed_on::timestamptz FROM agreement_signatory s JOIN agreement a ON a.id = s.agreement_id
    WHERE s.organization_id IN (SELECT cluster_id FROM kpi_clusters)`,
  // Trade missions, ClusterXchange visits and matchmaking events the cluster organized or took part in.
  'missions-held': `
    SELECT e.organizer_id, e.id::text, e.starts_on::timestamptz FROM event e
    WHERE e.kind IN ('TRADE_MISSION', 'CLUSTER_EXCHANGE', 'MATCHMAKING') AND e.organizer_id IN (SELECT cluster_id FROM kpi_clusters)
    UNION ALL
    SELECT ep.organization_id, e.id::text, e.starts_on::timestamptz FROM event_participant ep JOIN event e ON e.id = ep.event_id
    WHERE e.kind IN ('TRADE_MISSION', 'CLUSTER_EXCHANGE', 'MATCHMAKING') AND ep.organization_id IN (SELECT cluster_id FROM kpi_clusters)`,
  // Roadmap actions reported DONE, for the owner cluster and every partner cluster, dated by completion.
  'roadmap-actions-completed': `
    SELECT a.owner_cluster_id, a.id::text, a.completed_on::timestamptz FROM roadmap_action a
    WHERE a.status = 'DONE' AND a.owner_cluster_id IN (SELECT cluster_id FROM kpi_clusters)
    UNION ALL
    SELECT p.organization_id, a.id::text, a.completed_on::timestamptz FROM roadmap_action_partner p JOIN roadmap_action a ON a.id = p.action_id
    WHERE a.status = 'DONE' AND p.organization_id IN (SELECT cluster_id FROM kpi_clusters)`,
};

/**
 * Computed KPIs that are means rather than counts. Each yields (cluster_id, subject, at, value);
 * a period's value is the mean of each subject's latest value dated before the period ends,
 * withheld (null) while fewer subjects than the assessments' minimum group size have one, since
 * such a mean could tell one member's value.
 */
export const MEAN_KPIS: Record<string, string> = {
  // Overall score of each active member's assessments (docs/methodology.md).
  'export-readiness': `
    SELECT m.cluster_id, a.organization_id::text, a.submitted_at, a.overall_score FROM membership m
    JOIN organization o ON o.id = m.organization_id AND o.deleted_at IS NULL
    JOIN assessment a ON a.organization_id = m.organization_id
    WHERE m.status = 'ACTIVE' AND m.cluster_id IN (SELECT cluster_id FROM kpi_clusters)`,
};

/**
 * One statement body computing the given KPIs for (cluster, period) pairs. `pairs` is a SELECT of
 * (cluster_id int, period text, starts date, ends date); the result has one row per pair and KPI:
 * (cluster_id, period, code, value), zero included.
 */
export function computedKpisSql(pairs: string, codes: string[], params: Params): string {
  const known = codes.filter((code) => code in COMPUTED_KPIS);
  // A mean KPI's value is the mean of each subject's latest value before the period ends.
  const means = codes.filter((code) => code in MEAN_KPIS);
  const meanFacts = means.map(
    (code) => `SELECT ${params.add(code)}::text AS code, f.* FROM (${MEAN_KPIS[code]}) f(cluster_id, subject, at, value)`,
  );
  const facts = known.map(
    (code) => `SELECT ${params.add(code)}::text AS code, f.* FROM (${COMPUTED_KPIS[code]}) f(cluster_id, subject, at)`,
  );
  return `WITH RECURSIVE
    term_closure(root, id) AS (SELECT id, id FROM term UNION ALL SELECT tc.root, t.id FROM term t JOIN term_closure tc ON t.parent_id = tc.id),
    kpi_pairs AS (${pairs}),
    kpi_clusters AS (SELECT DISTINCT cluster_id FROM kpi_pairs),
    kpi_codes(code) AS (SELECT unnest(${params.add(known)}::text[])),
    kpi_facts AS (${facts.length > 0 ? facts.join('\n UNION ALL ') : 'SELECT NULL::text, NULL::int, NULL::text, NULL::timestamptz WHERE FALSE'})${
      means.length > 0 ? `,\n    kpi_mean_facts AS (${meanFacts.join('\n UNION ALL ')})` : ''
    }
  SELECT p.cluster_id, p.period, k.code, count(DISTINCT f.subject)::float8 AS value
  FROM kpi_pairs p CROSS JOIN kpi_codes k
  LEFT JOIN kpi_facts f ON f.code = k.code AND f.cluster_id = p.cluster_id AND f.at >= p.starts::timestamptz AND f.at < p.ends::timestamptz
  GROUP BY p.cluster_id, p.period, k.code${
    means.length > 0
      ? `
  UNION ALL
  SELECT p.cluster_id, p.period, k.code,
    CASE WHEN count(l.value) >= ${MIN_GROUP_SIZE} THEN round(avg(l.value)::numeric, 1)::float8 END AS value
  FROM kpi_pairs p CROSS JOIN unnest(${params.add(means)}::text[]) k(code)
  LEFT JOIN LATERAL (
    SELECT DISTINCT ON (f.subject) f.value FROM kpi_mean_facts f
    WHERE f.code = k.code AND f.cluster_id = p.cluster_id AND f.at < p.ends::timestamptz ORDER BY f.subject, f.at DESC
  ) l ON true
  GROUP BY p.cluster_id, p.period, k.code`
      : ''
  }`;
}
