import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { Language } from '../../graphql/language';
import { toConnection, type ConnectionResult } from '../../graphql/connection';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { cursorKey, keysetPage, Params, type KeysetSort } from '../../graphql/sql';
import { loadTaxonomy, type TaxonomySnapshot } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import { stageCountsLoader } from './coverage.loaders';
import type { CoverageScope } from './coverage-scope';
import {
  StageCoverage,
  type ValueChainCoverage,
  VALUE_CHAIN_COLUMNS,
  toValueChain,
  type StageGroup,
  type ValueChain,
  type ValueChainRow,
  type ValueChainStage,
} from './value-chain.type';

export function valueChainByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'valueChain.byId',
    select: `SELECT ${VALUE_CHAIN_COLUMNS} FROM value_chain v`,
    key: 'v.id',
    type: 'int',
    toObject: toValueChain,
    keyOf: (v: ValueChain) => v.dbId,
  });
}

export function valueChainBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'valueChain.bySlug',
    select: `SELECT ${VALUE_CHAIN_COLUMNS} FROM value_chain v`,
    key: 'v.slug',
    type: 'text',
    toObject: toValueChain,
    keyOf: (v: ValueChain) => v.slug,
  });
}

/** The stored stages of many chains, in order, in one statement. */
export function valueChainStagesLoader(context: RequestContext) {
  return context.loaders.get<number, ValueChainStage[]>('valueChain.stages', async (ids) => {
    const rows = await context.db.query<{ value_chain_id: number; position: number; stage_id: number; label: string }>(
      'SELECT value_chain_id, position, stage_id, label FROM value_chain_stage WHERE value_chain_id = ANY($1::int[]) ORDER BY value_chain_id, position',
      [ids],
    );
    return groupBy(ids, rows, (r) => r.value_chain_id).map((group) =>
      group.map((r) => ({ position: r.position, stageDbId: r.stage_id, label: r.label })),
    );
  });
}

const CHAIN_SORT: KeysetSort = { expression: 'v.slug', type: 'text', direction: 'ASC', id: 'v.id' };

/** Stored value chains by slug, optionally for an application area (descendants included). */
export async function listValueChains(
  context: RequestContext,
  application: string | null | undefined,
  args: ForwardPageArgs,
): Promise<ConnectionResult<ValueChain>> {
  const page = parsePageArgs({ first: args.first, after: args.after });
  const params = new Params();
  const where: string[] = [];
  if (application != null) {
    const taxonomy = await loadTaxonomy(context);
    where.push(`v.application_id = ANY(${params.add(taxonomy.expandCodes([application], Facet.APPLICATION, 'application'))}::int[])`);
  }
  const countParams = [...params.values];
  const countWhere = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const keyset = keysetPage(CHAIN_SORT, page, params);
  if (keyset.where) where.push(keyset.where);
  const rows = await context.db.query<ValueChainRow>(
    `SELECT ${VALUE_CHAIN_COLUMNS} FROM value_chain v ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  return toConnection(
    rows,
    page,
    (row) => cursorKey(row.slug, row.id),
    toValueChain,
    async () => {
      const [row] = await context.db.query<{ count: string }>(`SELECT count(*) AS count FROM value_chain v ${countWhere}`, countParams);
      return Number(row?.count ?? 0);
    },
  );
}

/** A stage to cover: its term, its position and label. */
export interface ChainStage {
  position: number;
  stageDbId: number;
  label: string;
}

/** The STAGE facet's top-level terms by position: the default chain. */
export function facetStages(taxonomy: TaxonomySnapshot): ChainStage[] {
  return taxonomy.roots(Facet.STAGE).map((term, index) => ({ position: index + 1, stageDbId: term.dbId, label: term.label(Language.EN) }));
}

/**
 * Assembles a chain's coverage: the stage counts of every stage (of every chain asked for in the
 * request) come from one grouped statement; provider pages are loaded by the stage resolvers.
 */
export async function buildCoverage(
  context: RequestContext,
  taxonomy: TaxonomySnapshot,
  stages: ChainStage[],
  applicationIds: number[],
  technologyIds: number[] | null,
  scope: CoverageScope,
): Promise<Omit<ValueChainCoverage, 'applicationDbId' | 'technologyDbId'>> {
  const counts = stageCountsLoader(context, scope);
  const coverage = await Promise.all(
    stages.map(async (stage) => {
      const stageIds = [stage.stageDbId, ...taxonomy.descendantsOf(stage.stageDbId).map((t) => t.dbId)];
      const group: StageGroup = {
        key: JSON.stringify([stageIds, applicationIds, technologyIds]),
        stageIds,
        applicationIds,
        technologyIds,
      };
      const count = await counts.load(group);
      return Object.assign(new StageCoverage(), {
        group,
        scope,
        stageDbId: stage.stageDbId,
        position: stage.position,
        label: stage.label,
        providerCount: count.inside,
        providerCountElsewhere: count.elsewhere,
        isGap: count.inside === 0,
      });
    }),
  );
  return { stages: coverage, gapCount: coverage.filter((s) => s.isGap).length };
}
