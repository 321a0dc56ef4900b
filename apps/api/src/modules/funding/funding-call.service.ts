import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList, parseDateArgument } from '../../graphql/keyset-list';
import { groupBy } from '../../graphql/loaders';
import { parsePageArgs } from '../../graphql/pagination';
import { Params, type KeysetSort } from '../../graphql/sql';
import { checkCountryCodes } from '../geography/country-codes';
import type { TaxonomySnapshot } from '../taxonomy/taxonomy-snapshot';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import type { FundingCallsArgs } from './funding-call.args';
import { FUNDING_CALL_COLUMNS, toFundingCall, type FundingCall, type FundingCallRow } from './funding-call.type';

/** Soonest deadline first; the date as text sorts like the date and keeps cursors free of time zones. */
export const SOONEST_DEADLINE: KeysetSort = { expression: 'f.deadline::text', type: 'text', direction: 'ASC', id: 'f.id' };

const MAX_TOPIC_FILTERS = 20;

export function fundingCallByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'fundingCall.byId',
    select: `SELECT ${FUNDING_CALL_COLUMNS} FROM funding_call f`,
    key: 'f.id',
    type: 'int',
    toObject: toFundingCall,
    keyOf: (c: FundingCall) => c.dbId,
  });
}

export function fundingCallBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'fundingCall.bySlug',
    select: `SELECT ${FUNDING_CALL_COLUMNS} FROM funding_call f`,
    key: 'f.slug',
    type: 'text',
    toObject: toFundingCall,
    keyOf: (c: FundingCall) => c.slug,
  });
}

/** The topic term ids of many calls, in one statement. */
export function callTopicIdsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('fundingCall.topics', async (ids) => {
    const rows = await context.db.query<{ call_id: number; term_id: number }>(
      `SELECT call_id, term_id FROM funding_call_topic WHERE call_id = ANY($1::int[]) ORDER BY call_id, term_id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.call_id).map((group) => group.map((r) => r.term_id));
  });
}

/** Term codes of any facet, each with its descendants; BAD_USER_INPUT names the argument for an unknown code. */
export function expandAnyFacet(taxonomy: TaxonomySnapshot, codes: readonly string[], argument: string): number[] {
  if (codes.length > MAX_TOPIC_FILTERS) throw new BadInputError(argument, `"${argument}" takes at most ${MAX_TOPIC_FILTERS} term codes.`);
  const ids = new Set<number>();
  for (const code of codes) {
    const term = taxonomy.getByCode(code);
    if (!term) throw new BadInputError(argument, `Unknown term code "${code.slice(0, 100)}" in "${argument}".`);
    ids.add(term.dbId);
    for (const d of taxonomy.descendantsOf(term.dbId)) ids.add(d.dbId);
  }
  return [...ids];
}

export async function listFundingCalls(context: RequestContext, args: FundingCallsArgs): Promise<ConnectionResult<FundingCall>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.programme != null) where.push(`f.programme = ${params.add(args.programme)}`);
  if (args.topics != null) {
    const ids = expandAnyFacet(await loadTaxonomy(context), args.topics, 'topics');
    where.push(`EXISTS (SELECT 1 FROM funding_call_topic ft WHERE ft.call_id = f.id AND ft.term_id = ANY(${params.add(ids)}::int[]))`);
  }
  if (args.eligibleCountry != null) {
    const country = params.add(checkCountryCodes([args.eligibleCountry], 'eligibleCountry')[0]);
    where.push(`(cardinality(f.eligible_countries) = 0 OR ${country}::text = ANY(f.eligible_countries))`);
  }
  const from = parseDateArgument(args.deadlineFrom, 'deadlineFrom');
  const to = parseDateArgument(args.deadlineTo, 'deadlineTo');
  if (from) where.push(`f.deadline >= ${params.add(from)}::date`);
  if (to) where.push(`f.deadline <= ${params.add(to)}::date`);
  return keysetList(context, {
    from: 'funding_call f',
    select: FUNDING_CALL_COLUMNS,
    where,
    params,
    sort: SOONEST_DEADLINE,
    page,
    toNode: (row: FundingCallRow) => toFundingCall(row),
  });
}
