import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { parseDateArgument } from '../../graphql/keyset-list';
import { expectGlobalId } from '../../graphql/node-id';
import { requireViewer } from '../accounts/auth-checker';
import { checkVersion, firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { replaceLinkSet, type LinkTable } from '../audit/link-set';
import { approvedTerms } from '../audit/term-lookup';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import { checkCountryCodes } from '../geography/country-codes';
import type { CreateFundingCallInput, DeleteFundingCallInput, UpdateFundingCallInput } from './funding-call.inputs';

const CONSTRAINTS: Record<string, [string, string]> = {
  funding_call_slug_key: ['input.slug', 'Another funding call has this slug.'],
  funding_call_dates_check: ['input.opensOn', 'The call cannot open after its deadline.'],
};

async function topicIds(manager: EntityManager, codes: string[]): Promise<number[]> {
  const unique = [...new Set(codes)];
  const terms = await approvedTerms(
    manager,
    unique.map((code, index) => ({ field: `input.topicCodes[${index}]`, code })),
  );
  return terms.map((t) => t.id);
}

/** A call's topics; a change shows on the call's history. */
const TOPICS: LinkTable = {
  table: 'funding_call_topic',
  ownerColumn: 'call_id',
  linkedColumn: 'term_id',
  entityType: 'FundingCallTopics',
  ownerType: 'FundingCall',
  auditKey: 'term_ids',
};

/** A calendar date that exists (2027-02-30 does not), with the field named when it does not. */
const date = (value: string | null | undefined, field: string) => parseDateArgument(value, field);

export async function createFundingCall(context: RequestContext, input: CreateFundingCallInput): Promise<WriteResult> {
  const viewer = requireViewer(context);
  const opensOn = date(input.opensOn, 'input.opensOn');
  const deadline = date(input.deadline, 'input.deadline')!;
  if (opensOn && opensOn > deadline) throw new BadInputError('input.opensOn', 'The call cannot open after its deadline.');
  const countries = checkCountryCodes(input.eligibleCountries, 'input.eligibleCountries');
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const topics = await topicIds(manager, input.topicCodes);
      const after = firstReturned(
        await manager.query(
          `INSERT INTO funding_call (slug, programme, identifier, title, summary, opens_on, deadline, url, budget_eur, eligible_countries, min_countries)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11) RETURNING to_jsonb(funding_call) AS row`,
          [
            input.slug,
            input.programme.trim(),
            input.identifier.trim(),
            input.title.trim(),
            input.summary.trim(),
            opensOn,
            deadline,
            input.url,
            input.budgetEur ?? null,
            countries,
            input.minCountries,
          ],
        ),
      );
      const id = after.id as number;
      await replaceLinkSet(manager, TOPICS, id, topics, null);
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'FundingCall',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { ...after, topic_codes: [...new Set(input.topicCodes)] },
      });
      return writeResult('FundingCall', id, after.version);
    }),
  );
}

export async function updateFundingCall(context: RequestContext, input: UpdateFundingCallInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'FundingCall', 'input.id');
  const viewer = requireViewer(context);
  const changes: Record<string, unknown> = {};
  for (const [field, column] of [
    ['programme', 'programme'],
    ['identifier', 'identifier'],
    ['title', 'title'],
    ['summary', 'summary'],
  ] as const) {
    const value = input[field];
    if (value != null) changes[column] = value.trim();
  }
  if (input.opensOn != null) changes.opens_on = input.opensOn === '' ? null : date(input.opensOn, 'input.opensOn');
  if (input.deadline != null) changes.deadline = date(input.deadline, 'input.deadline');
  if (input.url != null) changes.url = input.url;
  if (input.budgetEur !== undefined) changes.budget_eur = input.budgetEur;
  if (input.eligibleCountries != null) changes.eligible_countries = checkCountryCodes(input.eligibleCountries, 'input.eligibleCountries');
  if (input.minCountries != null) changes.min_countries = input.minCountries;
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const before = await lockRow(manager, 'funding_call', id, 'funding call');
      checkVersion(before, input.version, 'funding call');
      if (input.topicCodes != null) await replaceLinkSet(manager, TOPICS, id, await topicIds(manager, input.topicCodes), viewer.userId);
      const after = await updateVersioned(manager, {
        table: 'funding_call',
        entityType: 'FundingCall',
        id,
        version: input.version,
        changes,
        actorUserId: viewer.userId,
        before,
      });
      return writeResult('FundingCall', id, after.version);
    }),
  );
}

/** Deletes a call with its topics and the interest members expressed in it; the history keeps the last version. */
export async function deleteFundingCall(context: RequestContext, input: DeleteFundingCallInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'FundingCall', 'input.id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'funding_call', id, 'funding call');
    checkVersion(before, input.version, 'funding call');
    const [{ interests }] = (await manager.query(`SELECT count(*)::int AS interests FROM funding_interest WHERE call_id = $1`, [id])) as [
      { interests: number },
    ];
    await manager.query(`DELETE FROM funding_call WHERE id = $1`, [id]);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'FundingCall',
      entityId: id,
      action: 'DELETE',
      before: { ...before, interests },
      after: null,
    });
    return writeResult('FundingCall', id, null);
  });
}
