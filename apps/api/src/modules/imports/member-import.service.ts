import type { DataSource, EntityManager } from 'typeorm';
import { parseMemberFile } from './member-file.parser';
import type { ImportProblem, ValidMemberRow } from './member-row';
import { findDuplicateRows, validateMemberRow, type TermIndex } from './member-row.validator';
import { applyMemberImport, type AppliedCounts } from './member-import.apply';

export interface MemberImportOptions {
  clusterId: number;
  format: 'CSV' | 'JSON';
  dryRun: boolean;
  actorUserId: number | null;
}

export interface MemberImportReport extends AppliedCounts {
  dryRun: boolean;
  /** True when the data was written (never for a dry run or a file with problems). */
  applied: boolean;
  rows: number;
  validRows: number;
  problems: ImportProblem[];
}

const NOTHING: AppliedCounts = { created: 0, updated: 0, unchanged: 0, membershipsAdded: 0, capabilitiesAdded: 0, capabilitiesUpdated: 0 };

async function loadTermIndex(manager: EntityManager): Promise<TermIndex> {
  const rows = (await manager.query(`SELECT id, code, facet, status FROM term WHERE status IN ('APPROVED', 'DEPRECATED')`)) as {
    id: number;
    code: string;
    facet: string;
    status: string;
  }[];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return { get: (code) => byCode.get(code) };
}

/**
 * Imports a cluster's member list. A dry run reports every row's problems and what would change,
 * writing nothing. A real run is all-or-nothing (one transaction, nothing written if any row has a
 * problem) and idempotent: organizations are matched by website domain, external identifier or
 * name and country, and importing the same file again changes nothing.
 */
export async function importMembers(dataSource: DataSource, bytes: Buffer, options: MemberImportOptions): Promise<MemberImportReport> {
  const parsed = parseMemberFile(bytes, options.format);
  return dataSource
    .transaction(async (manager) => {
      const terms = await loadTermIndex(manager);
      const problems = [...parsed.problems];
      const valid: ValidMemberRow[] = [];
      for (const { row, cells } of parsed.rows) {
        const result = validateMemberRow(row, cells, terms);
        problems.push(...result.problems);
        if (result.value) valid.push(result.value);
      }
      problems.push(...findDuplicateRows(valid));
      problems.sort((a, b) => a.row - b.row);
      const base = { dryRun: options.dryRun, rows: parsed.rows.length, validRows: valid.length, problems };
      if (problems.length > 0) return { ...base, ...NOTHING, applied: false };
      const counts = await applyMemberImport(manager, valid, options);
      if (options.dryRun) {
        // The dry run computed real counts inside the transaction; rolling back discards the writes.
        throw new DryRunRollback({ ...base, ...counts, applied: false });
      }
      return { ...base, ...counts, applied: true };
    })
    .catch((error: unknown) => {
      if (error instanceof DryRunRollback) return error.report;
      throw error;
    });
}

/** Thrown to roll back the transaction of a dry run while keeping its report. */
class DryRunRollback extends Error {
  constructor(readonly report: MemberImportReport) {
    super('dry run');
  }
}
