import type { EntityManager } from 'typeorm';
import { childPagesLoader } from '../../graphql/child-pages';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { groupBy } from '../../graphql/loaders';
import { expectGlobalId } from '../../graphql/node-id';
import type { ForwardPageArgs } from '../../graphql/pagination';
import { requireEditor, requireManager } from '../accounts/auth-checker';
import { writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import { scoreCandidate } from '../matchmaking/match-scoring';
import { matchProfilesLoader, termLookup } from '../matchmaking/match-profiles';
import { toCountry } from '../geography/country.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { formConsortia } from './consortium';
import { ConsortiumProposal } from './consortium.type';
import { callTopicIdsLoader } from './funding-call.service';
import { FundingInterest, type FundingCall } from './funding-call.type';
import { callTopics } from './funding-fit.service';
import { topicsMet } from './funding-fit';
import type { FundingInterestInput } from './funding-interest.inputs';

/** Interested members scored into consortia per call; a cluster with more is asked to narrow down. */
export const MAX_CONSORTIUM_CANDIDATES = 200;

async function liveCall(manager: EntityManager, globalId: string): Promise<{ id: number; deadline: string }> {
  const id = expectGlobalId(globalId, 'FundingCall', 'input.callId');
  const [row] = (await manager.query(`SELECT id, deadline::text AS deadline FROM funding_call WHERE id = $1`, [id])) as {
    id: number;
    deadline: string;
  }[];
  if (!row) throw new NotFoundError('funding call', globalId);
  return row;
}

/** An organization's editors express (or update) its interest in a call; the call must still be open. */
export async function expressFundingInterest(context: RequestContext, input: FundingInterestInput): Promise<WriteResult> {
  const organizationId = expectGlobalId(input.organizationId, 'Organization', 'input.organizationId');
  const viewer = requireEditor(context, organizationId);
  return context.db.transaction(async (manager) => {
    await liveOrganization(manager, input.organizationId, 'input.organizationId');
    const call = await liveCall(manager, input.callId);
    if (call.deadline < new Date().toISOString().slice(0, 10)) {
      throw new BadInputError('input.callId', `The call closed on ${call.deadline}.`);
    }
    const [row] = (await manager.query(
      `INSERT INTO funding_interest (call_id, organization_id, note) VALUES ($1, $2, $3)
       ON CONFLICT (call_id, organization_id) DO UPDATE SET note = EXCLUDED.note RETURNING (xmax = 0) AS inserted`,
      [call.id, organizationId, input.note.trim()],
    )) as { inserted: boolean }[];
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'FundingInterest',
      entityId: call.id,
      action: row!.inserted ? 'CREATE' : 'UPDATE',
      before: null,
      after: { callId: call.id, organizationId, note: input.note.trim() },
      subject: { type: 'Organization', id: organizationId },
    });
    return writeResult('FundingCall', call.id);
  });
}

export async function withdrawFundingInterest(
  context: RequestContext,
  callGlobalId: string,
  organizationGlobalId: string,
): Promise<boolean> {
  const organizationId = expectGlobalId(organizationGlobalId, 'Organization', 'organizationId');
  const callId = expectGlobalId(callGlobalId, 'FundingCall', 'callId');
  const viewer = requireEditor(context, organizationId);
  return context.db.transaction(async (manager) => {
    const [[gone]] = (await manager.query(`DELETE FROM funding_interest WHERE call_id = $1 AND organization_id = $2 RETURNING note`, [
      callId,
      organizationId,
    ])) as [{ note: string }[], number];
    if (!gone) throw new NotFoundError('funding interest', `${callGlobalId} ${organizationGlobalId}`);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'FundingInterest',
      entityId: callId,
      action: 'DELETE',
      before: { callId, organizationId, note: gone.note },
      after: null,
      subject: { type: 'Organization', id: organizationId },
    });
    return true;
  });
}

interface InterestRow {
  id: number;
  call_id: number;
  organization_id: number;
  note: string;
  expressed_at: Date;
}

const interestOf = (row: Omit<InterestRow, 'id'>) =>
  Object.assign(new FundingInterest(), {
    callDbId: row.call_id,
    organizationDbId: row.organization_id,
    note: row.note,
    expressedAt: row.expressed_at,
  });

/** The calls an organization is interested in (its editors only), soonest deadline first. */
export function interestsByOrganizationLoader(context: RequestContext) {
  return context.loaders.get<number, FundingInterest[]>('fundingInterest.byOrganization', async (ids) => {
    const rows = await context.db.query<{ call_id: number; organization_id: number; note: string; expressed_at: Date }>(
      `SELECT i.call_id, i.organization_id, i.note, i.expressed_at FROM funding_interest i JOIN funding_call f ON f.id = i.call_id
       WHERE i.organization_id = ANY($1::int[]) ORDER BY f.deadline, f.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.organization_id).map((group) => group.map(interestOf));
  });
}

/** Checks the viewer manages the cluster and returns its id. */
export function managedCluster(context: RequestContext, clusterGlobalId: string): number {
  const clusterId = expectGlobalId(clusterGlobalId, 'Organization', 'clusterId');
  requireManager(context, clusterId);
  return clusterId;
}

const ACTIVE_MEMBER = (cluster: string) =>
  `EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = i.organization_id AND m.cluster_id = ${cluster} AND m.status = 'ACTIVE')`;

/** The active members of a cluster interested in each of many calls, by when they said so, in one statement. */
export function interestedMembersLoader(context: RequestContext, clusterId: number, args: ForwardPageArgs) {
  return childPagesLoader(
    context,
    {
      name: `fundingInterest.members:${clusterId}`,
      from: 'funding_interest i JOIN organization o ON o.id = i.organization_id AND o.deleted_at IS NULL',
      parent: 'i.call_id',
      select: 'o.id, i.call_id, i.organization_id, i.note, i.expressed_at',
      where: (params) => [ACTIVE_MEMBER(params.add(clusterId))],
      sort: { expression: 'o.name', type: 'text', direction: 'ASC', id: 'o.id' },
      toNode: (row: InterestRow) => interestOf(row),
    },
    args,
  );
}

/** Consortia proposed among a cluster's active members interested in a call (see consortium.ts). */
export async function proposeConsortia(context: RequestContext, call: FundingCall, clusterId: number): Promise<ConsortiumProposal[]> {
  const rows = await context.db.query<{ organization_id: number }>(
    `SELECT i.organization_id FROM funding_interest i WHERE i.call_id = $1 AND ${ACTIVE_MEMBER('$2')}
     ORDER BY i.organization_id LIMIT ${MAX_CONSORTIUM_CANDIDATES}`,
    [call.dbId, clusterId],
  );
  const taxonomy = await loadTaxonomy(context);
  const topicIds = await callTopicIdsLoader(context).load(call.dbId);
  const eligibleCountries = call.eligibleCountries.map((c) => c.code);
  const topics = callTopics(taxonomy, { id: call.dbId, eligibleCountries }, topicIds);
  const profiles = (await matchProfilesLoader(context, taxonomy).loadMany(rows.map((r) => r.organization_id))).flatMap((p) =>
    p && !(p instanceof Error) ? [p.profile] : [],
  );
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const terms = termLookup(taxonomy);
  const complementarity = (a: number, b: number) =>
    (scoreCandidate(byId.get(a)!, byId.get(b)!, null, terms)?.score ?? 0) +
    (scoreCandidate(byId.get(b)!, byId.get(a)!, null, terms)?.score ?? 0);
  const proposals = formConsortia(
    { topicIds, eligibleCountries, minCountries: call.minCountries },
    profiles.map((p) => ({ id: p.id, country: p.country, topics: topicsMet(topics, p) })),
    complementarity,
  );
  return proposals.map((p) =>
    Object.assign(new ConsortiumProposal(), {
      memberDbIds: p.memberIds,
      coveredTopicDbIds: p.covered,
      missingTopicDbIds: p.missing,
      countries: p.countries.map(toCountry),
      meetsCountryRule: p.meetsCountryRule,
      score: p.score,
    }),
  );
}
