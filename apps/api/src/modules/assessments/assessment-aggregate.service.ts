import type { RequestContext } from '../../graphql/context';
import { indexBy } from '../../graphql/loaders';
import { AssessmentAggregate } from './aggregate.type';
import type { DimensionScore } from './assessment.type';
import { LEVELS, type Dimension, type ReadinessLevel } from './questionnaire.types';
import { currentQuestionnaire } from './questionnaires';

/** Fewest assessed members before a cluster's figures are shown (k-anonymity of the members). */
export const MIN_GROUP_SIZE = 3;

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * The latest assessment of each active member of each cluster: the rows every aggregate (the
 * cluster view and the KPI) is computed from. `$1` is the cluster ids.
 */
export const LATEST_MEMBER_ASSESSMENTS = `
  SELECT DISTINCT ON (m.cluster_id, a.organization_id) m.cluster_id, a.organization_id, a.overall_score, a.level, a.dimension_scores
  FROM membership m
  JOIN organization o ON o.id = m.organization_id AND o.deleted_at IS NULL
  JOIN assessment a ON a.organization_id = m.organization_id
  WHERE m.status = 'ACTIVE' AND m.cluster_id = ANY($1::int[])
  ORDER BY m.cluster_id, a.organization_id, a.submitted_at DESC, a.id DESC`;

interface AggregateRow {
  cluster_id: number;
  members: number;
  overall: number;
  levels: Record<string, number>;
  dimensions: Record<string, number>;
}

/** The aggregates of many clusters in one statement. */
export function assessmentAggregateLoader(context: RequestContext) {
  return context.loaders.get<number, AssessmentAggregate>('assessment.aggregate', async (clusterIds) => {
    const rows = await context.db.query<AggregateRow>(
      `WITH latest AS (${LATEST_MEMBER_ASSESSMENTS})
       SELECT l.cluster_id, count(*)::int AS members, avg(l.overall_score) AS overall,
         (SELECT jsonb_object_agg(level, n) FROM (SELECT level, count(*)::int AS n FROM latest x WHERE x.cluster_id = l.cluster_id GROUP BY level) c) AS levels,
         (SELECT jsonb_object_agg(dimension, score) FROM (
            SELECT d->>'dimension' AS dimension, avg((d->>'score')::float8) AS score
            FROM latest x CROSS JOIN LATERAL jsonb_array_elements(x.dimension_scores) d WHERE x.cluster_id = l.cluster_id GROUP BY 1) s) AS dimensions
       FROM latest l GROUP BY l.cluster_id`,
      [clusterIds],
    );
    const weights = new Map(currentQuestionnaire().dimensions.map((d) => [d.dimension, d.weight]));
    return indexBy(clusterIds, rows, (r) => r.cluster_id).map((row) => {
      const members = row?.members ?? 0;
      const shown = row !== null && members >= MIN_GROUP_SIZE;
      return Object.assign(new AssessmentAggregate(), {
        assessedMembers: members,
        minimumGroupSize: MIN_GROUP_SIZE,
        suppressed: !shown,
        overallScore: shown ? oneDecimal(row.overall) : null,
        dimensionScores: shown
          ? [...weights.keys()]
              .filter((d) => row.dimensions[d] !== undefined)
              .map((d): DimensionScore => ({ dimension: d as Dimension, score: oneDecimal(row.dimensions[d]!), weight: weights.get(d)! }))
          : null,
        levels: shown ? LEVELS.map((level: ReadinessLevel) => ({ level, count: row.levels[level] ?? 0 })) : null,
      });
    });
  });
}
