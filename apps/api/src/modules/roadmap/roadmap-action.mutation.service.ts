import type { EntityManager } from 'typeorm';
import type { RequestContext, Viewer } from '../../graphql/context';
import { BadInputError, DomainError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireManager, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import { checkCountryCodes } from '../geography/country-codes';
import type {
  CreateRoadmapActionInput,
  ReportRoadmapProgressInput,
  RoadmapKpiInput,
  UpdateRoadmapActionInput,
} from './roadmap-action.inputs';
import { mayManageRoadmapAction, mayReportRoadmapProgress } from './roadmap-action.rules';

const CONSTRAINTS: Record<string, [string, string]> = {
  roadmap_action_slug_key: ['input.slug', 'Another roadmap action has this slug.'],
  roadmap_action_dates_check: ['input.endsOn', 'endsOn cannot be before startsOn.'],
};

interface Links {
  partners: number[] | null;
  kpis: { id: number; contribution: number }[] | null;
  agreements: number[] | null;
}

/** Resolves the lists of an input (null when not given), naming the element at fault. */
async function resolveLinks(
  manager: EntityManager,
  input: CreateRoadmapActionInput | UpdateRoadmapActionInput,
  ownerId: number,
): Promise<Links> {
  let partners: number[] | null = null;
  if (input.partnerIds != null) {
    partners = [];
    for (const [index, id] of input.partnerIds.entries()) {
      const org = await liveOrganization(manager, id, `input.partnerIds[${index}]`);
      if (org.id === ownerId) throw new BadInputError(`input.partnerIds[${index}]`, 'The owner cluster cannot be its own partner.');
      if (!partners.includes(org.id)) partners.push(org.id);
    }
  }
  let kpis: Links['kpis'] = null;
  if (input.kpis != null) kpis = await resolveKpis(manager, input.kpis);
  let agreements: number[] | null = null;
  if (input.agreementIds != null) {
    const ids = input.agreementIds.map((id, index) => expectGlobalId(id, 'Agreement', `input.agreementIds[${index}]`));
    const found = new Set(
      ((await manager.query(`SELECT id FROM agreement WHERE id = ANY($1::int[])`, [ids])) as { id: number }[]).map((r) => r.id),
    );
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new BadInputError(`input.agreementIds[${missing}]`, 'No agreement has this ID.');
    agreements = [...new Set(ids)];
  }
  return { partners, kpis, agreements };
}

async function resolveKpis(manager: EntityManager, kpis: RoadmapKpiInput[]): Promise<{ id: number; contribution: number }[]> {
  const rows = (await manager.query(`SELECT id, code FROM kpi_definition WHERE code = ANY($1::text[])`, [kpis.map((k) => k.kpi)])) as {
    id: number;
    code: string;
  }[];
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const seen = new Set<number>();
  return kpis.map((k, index) => {
    const id = byCode.get(k.kpi);
    if (id === undefined) throw new BadInputError(`input.kpis[${index}].kpi`, `No KPI has the code "${k.kpi.slice(0, 100)}".`);
    if (seen.has(id)) throw new BadInputError(`input.kpis[${index}].kpi`, `"${k.kpi}" is listed twice.`);
    seen.add(id);
    return { id, contribution: k.contribution };
  });
}

/** Replaces the given lists of an action (the others stay). */
async function writeLinks(manager: EntityManager, actionId: number, links: Links): Promise<void> {
  if (links.partners) {
    await manager.query(`DELETE FROM roadmap_action_partner WHERE action_id = $1`, [actionId]);
    await manager.query(`INSERT INTO roadmap_action_partner (action_id, organization_id) SELECT $1, unnest($2::int[])`, [
      actionId,
      links.partners,
    ]);
  }
  if (links.kpis) {
    await manager.query(`DELETE FROM roadmap_action_kpi WHERE action_id = $1`, [actionId]);
    await manager.query(
      `INSERT INTO roadmap_action_kpi (action_id, kpi_id, contribution) SELECT $1, * FROM unnest($2::int[], $3::float8[])`,
      [actionId, links.kpis.map((k) => k.id), links.kpis.map((k) => k.contribution)],
    );
  }
  if (links.agreements) {
    await manager.query(`DELETE FROM roadmap_action_agreement WHERE action_id = $1`, [actionId]);
    await manager.query(`INSERT INTO roadmap_action_agreement (action_id, agreement_id) SELECT $1, unnest($2::int[])`, [
      actionId,
      links.agreements,
    ]);
  }
}

const countries = (values: string[] | null | undefined) =>
  values == null ? null : [...new Set(checkCountryCodes(values, 'input.targetCountries'))];

export async function createRoadmapAction(context: RequestContext, input: CreateRoadmapActionInput): Promise<WriteResult> {
  const ownerId = expectGlobalId(input.ownerClusterId, 'Organization', 'input.ownerClusterId');
  const viewer = requireManager(context, ownerId);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      await liveOrganization(manager, input.ownerClusterId, 'input.ownerClusterId', true);
      const links = await resolveLinks(manager, input, ownerId);
      const after = firstReturned(
        await manager.query(
          `INSERT INTO roadmap_action (slug, title, description, owner_cluster_id, starts_on, ends_on, budget_eur, target_countries)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING to_jsonb(roadmap_action) AS row`,
          [
            input.slug,
            input.title.trim(),
            input.description ?? '',
            ownerId,
            input.startsOn,
            input.endsOn,
            input.budgetEur == null ? null : Math.round(input.budgetEur),
            countries(input.targetCountries) ?? [],
          ],
        ),
      );
      const id = after.id as number;
      await writeLinks(manager, id, links);
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'RoadmapAction',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { ...after, ...links },
      });
      return writeResult('RoadmapAction', id, after.version);
    }),
  );
}

/** Locks the action and checks the viewer manages its owner cluster. */
async function lockOwned(manager: EntityManager, viewer: Viewer, id: number): Promise<Record<string, unknown>> {
  const before = await lockRow(manager, 'roadmap_action', id, 'roadmap action');
  if (!mayManageRoadmapAction(viewer, before.owner_cluster_id as number)) {
    throw new DomainError('FORBIDDEN', 'Only a manager of the owner cluster can change this roadmap action.');
  }
  return before;
}

export async function updateRoadmapAction(context: RequestContext, input: UpdateRoadmapActionInput): Promise<WriteResult> {
  const id = expectGlobalId(input.id, 'RoadmapAction', 'input.id');
  const viewer = requireViewer(context);
  return withConstraints(CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const before = await lockOwned(manager, viewer, id);
      const links = await resolveLinks(manager, input, before.owner_cluster_id as number);
      const changes: Record<string, unknown> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.description != null) changes.description = input.description;
      if (input.startsOn != null) changes.starts_on = input.startsOn;
      if (input.endsOn != null) changes.ends_on = input.endsOn;
      // An omitted budget stays and null clears it; null leaves the other fields as they are.
      if (input.budgetEur !== undefined) changes.budget_eur = input.budgetEur === null ? null : Math.round(input.budgetEur);
      if (input.targetCountries != null) changes.target_countries = countries(input.targetCountries);
      if (input.status != null) Object.assign(changes, { status: input.status, completed_on: null });
      const after = await updateVersioned(manager, {
        table: 'roadmap_action',
        entityType: 'RoadmapAction',
        id,
        version: input.version,
        changes,
        actorUserId: viewer.userId,
        before,
      });
      await writeLinks(manager, id, links);
      return writeResult('RoadmapAction', id, after.version);
    }),
  );
}

export async function deleteRoadmapAction(context: RequestContext, globalId: string): Promise<boolean> {
  const id = expectGlobalId(globalId, 'RoadmapAction', 'id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockOwned(manager, viewer, id);
    await manager.query(`DELETE FROM roadmap_action WHERE id = $1`, [id]);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'RoadmapAction',
      entityId: id,
      action: 'DELETE',
      before,
      after: null,
    });
    return true;
  });
}

/**
 * Records a progress report: managers of the owner cluster, or editors of a partner organization.
 * The action's progress feeds its KPIs: the linked KPIs' delivered share follows it, and a report
 * of 100 marks the action DONE, which counts in the roadmap-actions-completed KPI of the owner and
 * partner clusters for the period of the report.
 */
export async function reportRoadmapProgress(context: RequestContext, input: ReportRoadmapProgressInput): Promise<WriteResult> {
  const id = expectGlobalId(input.actionId, 'RoadmapAction', 'input.actionId');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'roadmap_action', id, 'roadmap action');
    const partners = (
      (await manager.query(`SELECT organization_id FROM roadmap_action_partner WHERE action_id = $1`, [id])) as {
        organization_id: number;
      }[]
    ).map((r) => r.organization_id);
    if (!mayReportRoadmapProgress(viewer, before.owner_cluster_id as number, partners))
      throw new DomainError('FORBIDDEN', 'Only managers of the owner cluster and editors of its partners can report progress.');
    if (before.status === 'CANCELLED')
      throw new BadInputError('input.actionId', 'The action was cancelled; reopen it before reporting progress.');
    if (input.reportedOn < (before.starts_on as string)) {
      throw new BadInputError('input.reportedOn', `The action starts on ${String(before.starts_on)}; a report cannot be earlier.`);
    }
    const done = input.progress === 100;
    const status = done ? 'DONE' : input.progress > 0 ? 'IN_PROGRESS' : before.status === 'DONE' ? 'IN_PROGRESS' : before.status;
    await manager.query(
      `INSERT INTO roadmap_progress (action_id, reported_on, progress, note, reported_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
      [id, input.reportedOn, input.progress, input.note.trim(), viewer.userId],
    );
    const after = await updateVersioned(manager, {
      table: 'roadmap_action',
      entityType: 'RoadmapAction',
      id,
      version: before.version as number,
      changes: { progress: input.progress, status, completed_on: done ? input.reportedOn : null },
      actorUserId: viewer.userId,
      before,
    });
    return writeResult('RoadmapAction', id, after.version);
  });
}
