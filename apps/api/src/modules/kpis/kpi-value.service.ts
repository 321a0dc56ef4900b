import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireManager } from '../accounts/auth-checker';
import { writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import type { KpiValueKeyInput, SetKpiValueInput } from './kpi-value.inputs';

async function typedKpi(manager: EntityManager, code: string): Promise<number> {
  const [kpi] = (await manager.query(`SELECT id, computed FROM kpi_definition WHERE code = $1`, [code])) as {
    id: number;
    computed: boolean;
  }[];
  if (!kpi) throw new BadInputError('input.kpi', `No KPI has the code "${code.slice(0, 100)}".`);
  if (kpi.computed) throw new BadInputError('input.kpi', `"${code}" is computed from the platform's data and cannot be typed in.`);
  return kpi.id;
}

export async function setKpiValue(context: RequestContext, input: SetKpiValueInput): Promise<WriteResult> {
  const clusterId = expectGlobalId(input.clusterId, 'Organization', 'input.clusterId');
  const viewer = requireManager(context, clusterId);
  return context.db.transaction(async (manager) => {
    await liveOrganization(manager, input.clusterId, 'input.clusterId', true);
    const kpiId = await typedKpi(manager, input.kpi);
    const [previous] = (await manager.query(
      `SELECT id, value FROM kpi_value WHERE cluster_id = $1 AND kpi_id = $2 AND period = $3 AND kind = $4 FOR UPDATE`,
      [clusterId, kpiId, input.period, input.kind],
    )) as { id: number; value: number }[];
    const [row] = (await manager.query(
      `INSERT INTO kpi_value (cluster_id, kpi_id, kind, period, value) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (cluster_id, kpi_id, period, kind) DO UPDATE SET value = EXCLUDED.value, recorded_at = now() RETURNING id`,
      [clusterId, kpiId, input.kind, input.period, input.value],
    )) as { id: number }[];
    const entry = { kpi: input.kpi, kind: input.kind, period: input.period };
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'KpiValue',
      entityId: row!.id,
      action: previous ? 'UPDATE' : 'CREATE',
      before: previous ? { ...entry, value: previous.value } : null,
      after: { ...entry, value: input.value },
      subject: { type: 'Organization', id: clusterId },
    });
    return writeResult('KpiValue', row!.id);
  });
}

export async function deleteKpiValue(context: RequestContext, input: KpiValueKeyInput): Promise<boolean> {
  const clusterId = expectGlobalId(input.clusterId, 'Organization', 'input.clusterId');
  const viewer = requireManager(context, clusterId);
  return context.db.transaction(async (manager) => {
    const kpiId = await typedKpi(manager, input.kpi);
    const [[gone]] = (await manager.query(
      `DELETE FROM kpi_value WHERE cluster_id = $1 AND kpi_id = $2 AND period = $3 AND kind = $4 RETURNING id, value`,
      [clusterId, kpiId, input.period, input.kind],
    )) as [{ id: number; value: number }[], number];
    if (!gone) throw new NotFoundError('KPI value', `${input.kpi} ${input.kind} ${input.period}`);
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'KpiValue',
      entityId: gone.id,
      action: 'DELETE',
      before: { kpi: input.kpi, kind: input.kind, period: input.period, value: gone.value },
      after: null,
      subject: { type: 'Organization', id: clusterId },
    });
    return true;
  });
}
