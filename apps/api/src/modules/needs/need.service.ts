import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireEditor } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, writeAudit } from '../audit/audit.service';
import { approvedTerms } from '../audit/term-lookup';
import type { OpenNeedInput, UpdateNeedInput } from './need.inputs';
import { NEED_COLUMNS, toNeed, type Need, type NeedRow } from './need.type';

async function loadNeed(manager: EntityManager, id: number): Promise<Need> {
  const [row] = (await manager.query(`SELECT ${NEED_COLUMNS} FROM need n WHERE n.id = $1`, [id])) as NeedRow[];
  if (!row) throw new Error(`need ${id} vanished`);
  return toNeed(row);
}

function termFields(input: { technology?: string | null; stage?: string | null }) {
  return [
    ...(input.technology ? [{ field: 'input.technology', code: input.technology, facet: 'TECHNOLOGY' as const }] : []),
    ...(input.stage ? [{ field: 'input.stage', code: input.stage, facet: 'STAGE' as const }] : []),
  ];
}

export async function openNeed(context: RequestContext, input: OpenNeedInput): Promise<Need> {
  const organizationId = expectGlobalId(input.organizationId, 'Organization', 'input.organizationId');
  const viewer = requireEditor(context, organizationId);
  if (input.kind === 'MARKET_ACCESS' && !input.country) throw new BadInputError('input.country', 'A market-access need names its country.');
  return context.db.transaction(async (manager) => {
    const org = await lockRow(manager, 'organization', organizationId, 'organization');
    if (org.deleted_at !== null) throw new NotFoundError('organization', input.organizationId);
    const terms = await approvedTerms(manager, termFields(input));
    const technologyId = input.technology ? terms.shift()!.id : null;
    const stageId = input.stage ? terms.shift()!.id : null;
    const after = firstReturned(
      await manager.query(
        `INSERT INTO need (organization_id, kind, technology_id, stage_id, country, description) VALUES ($1, $2, $3, $4, $5, $6) RETURNING to_jsonb(need) AS row`,
        [organizationId, input.kind, technologyId, stageId, input.country ?? null, input.description],
      ),
    );
    const id = after.id as number;
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Need',
      entityId: id,
      action: 'CREATE',
      before: null,
      after,
      subject: { type: 'Organization', id: organizationId },
    });
    return loadNeed(manager, id);
  });
}

async function changeNeed(
  context: RequestContext,
  id: number,
  version: number,
  changesOf: (manager: EntityManager) => Promise<Record<string, unknown>>,
): Promise<Need> {
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'need', id, 'need');
    const organizationId = before.organization_id as number;
    const viewer = requireEditor(context, organizationId);
    await updateVersioned(manager, {
      table: 'need',
      entityType: 'Need',
      id,
      version,
      changes: await changesOf(manager),
      actorUserId: viewer.userId,
      before,
      subject: { type: 'Organization', id: organizationId },
    });
    return loadNeed(manager, id);
  });
}

export function updateNeed(context: RequestContext, input: UpdateNeedInput): Promise<Need> {
  const id = expectGlobalId(input.id, 'Need', 'input.id');
  return changeNeed(context, id, input.version, async (manager) => {
    const terms = await approvedTerms(manager, termFields(input));
    const changes: Record<string, unknown> = {};
    if (input.technology) changes.technology_id = terms.shift()!.id;
    if (input.stage) changes.stage_id = terms.shift()!.id;
    if (input.description != null) changes.description = input.description;
    if (input.country != null) changes.country = input.country;
    return changes;
  });
}

export function setNeedStatus(context: RequestContext, globalId: string, version: number, status: 'OPEN' | 'CLOSED'): Promise<Need> {
  const id = expectGlobalId(globalId, 'Need', 'id');
  return changeNeed(context, id, version, () => Promise.resolve({ status }));
}
