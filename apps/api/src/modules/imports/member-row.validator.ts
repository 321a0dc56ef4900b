import { isCountryCode } from '../geography/country-codes';
import { ORGANIZATION_KINDS, SIZE_BANDS } from '../organizations/organization.entity';
import { websiteDomain } from '../../db/seed/load-organizations';
import type { ImportProblem, RawMemberRow, ValidMemberRow } from './member-row';

export const MAX_CELL_LENGTH = 5_000;
const MAX_NAME_LENGTH = 300;

export interface TermIndex {
  get(code: string): { id: number; facet: string; status: string } | undefined;
}

/** Checks one row and returns it normalised, or the problems that stop it (each naming its column). */
export function validateMemberRow(
  row: number,
  cells: RawMemberRow,
  terms: TermIndex,
): { value: ValidMemberRow | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (column: string | null, reason: string) => problems.push({ row, column, reason });
  const text = (column: keyof RawMemberRow): string | null => {
    const raw = cells[column];
    if (raw === undefined) return null;
    if (raw.length > MAX_CELL_LENGTH) {
      problem(column, `The cell is ${raw.length} characters long; at most ${MAX_CELL_LENGTH} are accepted.`);
      return null;
    }
    const value = raw.trim();
    if (value === '') return null;
    // Spreadsheet formula injection: a cell that a spreadsheet would run as a formula.
    if (/^[=+\-@\t\r]/.test(value) && !(column === 'latitude' || column === 'longitude')) {
      problem(column, 'The cell starts with a formula character (=, +, -, @); formulas are not accepted.');
      return null;
    }
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
      problem(column, 'The cell contains control characters.');
      return null;
    }
    return value;
  };
  const number = (column: keyof RawMemberRow, min: number, max: number, integer: boolean): number | null => {
    const value = text(column);
    if (value === null) return null;
    const parsed = Number(value.replace(',', '.'));
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
      problem(column, `"${value.slice(0, 30)}" is not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
      return null;
    }
    return parsed;
  };
  const term = (column: keyof RawMemberRow, code: string, facet: string): number | null => {
    const found = terms.get(code);
    if (!found) {
      problem(column, `Unknown term code "${code.slice(0, 60)}".`);
      return null;
    }
    if (found.facet !== facet) {
      problem(column, `"${code}" is a ${found.facet} term; this column takes ${facet} terms.`);
      return null;
    }
    return found.id;
  };

  const name = text('name');
  if (name === null && !problems.some((p) => p.column === 'name')) problem('name', 'The name is missing.');
  if (name !== null && name.length > MAX_NAME_LENGTH) problem('name', `The name is longer than ${MAX_NAME_LENGTH} characters.`);
  const kind = (text('kind') ?? 'SME').toUpperCase().replace(/[\s-]+/g, '_');
  if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind))
    problem('kind', `"${kind.slice(0, 30)}" is not a kind (${ORGANIZATION_KINDS.join(', ')}).`);
  const country = text('country')?.toUpperCase() ?? null;
  if (country === null) {
    if (!problems.some((p) => p.column === 'country')) problem('country', 'The country is missing.');
  } else if (!isCountryCode(country)) problem('country', `"${country.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code.`);
  const region = text('region')?.toUpperCase() ?? null;
  if (region !== null && !/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(region)) problem('region', `"${region.slice(0, 20)}" is not a NUTS code.`);
  const website = text('website');
  let domain: string | null = null;
  if (website !== null) {
    domain = /^https?:\/\//i.test(website) ? websiteDomain(website) : null;
    if (!domain) problem('website', `"${website.slice(0, 60)}" is not an http(s) URL.`);
  }
  const externalIds: Record<string, string> = {};
  const externalId = text('external_id');
  if (externalId !== null) {
    const match = /^([a-z][a-z0-9_-]{1,20}):(\S{1,100})$/i.exec(externalId);
    if (!match) problem('external_id', 'Write the external identifier as scheme:value, e.g. "vat:FR123456789".');
    else externalIds[match[1]!.toLowerCase()] = match[2]!;
  }
  const sizeBand = text('size_band')?.toUpperCase() ?? null;
  if (sizeBand !== null && !(SIZE_BANDS as readonly string[]).includes(sizeBand))
    problem('size_band', `"${sizeBand.slice(0, 20)}" is not a size band (${SIZE_BANDS.join(', ')}).`);
  const foundedYear = number('founded_year', 1800, new Date().getFullYear(), true);
  const latitude = number('latitude', -90, 90, false);
  const longitude = number('longitude', -180, 180, false);
  const memberSince = text('member_since');
  if (memberSince !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(memberSince) || Number.isNaN(Date.parse(memberSince)))) {
    problem('member_since', `"${memberSince.slice(0, 20)}" is not a date (YYYY-MM-DD).`);
  }

  const technology = text('technology');
  const stage = text('stage');
  const applications = (text('applications') ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const trl = number('trl', 1, 9, true);
  let capability: ValidMemberRow['capability'] = null;
  if (technology !== null || stage !== null || applications.length > 0 || cells.trl?.trim()) {
    const technologyId =
      technology !== null
        ? term('technology', technology, 'TECHNOLOGY')
        : (problem('technology', 'A capability needs a technology.'), null);
    const stageId = stage !== null ? term('stage', stage, 'STAGE') : (problem('stage', 'A capability needs a value-chain stage.'), null);
    const applicationIds = applications.map((code) => term('applications', code, 'APPLICATION'));
    if (trl === null && !problems.some((p) => p.column === 'trl')) problem('trl', 'A capability needs a TRL from 1 to 9.');
    if (technologyId !== null && stageId !== null && trl !== null && applicationIds.every((id) => id !== null)) {
      capability = { technologyId, stageId, applicationIds: [...new Set(applicationIds as number[])], trl };
    }
  }

  if (problems.length > 0 || name === null || country === null) return { value: null, problems };
  return {
    value: {
      row,
      name,
      kind,
      country,
      region,
      city: text('city'),
      website,
      websiteDomain: domain,
      externalIds,
      sizeBand,
      foundedYear,
      description: text('description') ?? '',
      latitude,
      longitude,
      memberSince,
      capability,
    },
    problems,
  };
}

/** Rows of one file that would create the same organization twice (same website domain, external id or name). */
export function findDuplicateRows(rows: ValidMemberRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const keys = [
      row.websiteDomain ? `domain:${row.websiteDomain}` : null,
      ...Object.entries(row.externalIds).map(([k, v]) => `id:${k}:${v}`),
      `name:${row.name.toLowerCase()}|${row.country}`,
    ].filter((k): k is string => k !== null);
    const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined && r !== row.row);
    if (earlier !== undefined && !addsAnotherCapability(rows, earlier, row)) {
      problems.push({ row: row.row, column: null, reason: `Duplicate of row ${earlier} (same website, identifier or name).` });
      continue;
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, row.row);
  }
  return problems;
}

/** The same organization may appear on several rows when each row adds a different capability. */
function addsAnotherCapability(rows: ValidMemberRow[], earlierRow: number, row: ValidMemberRow): boolean {
  const earlier = rows.find((r) => r.row === earlierRow);
  if (!earlier || !earlier.capability || !row.capability) return false;
  const a = earlier.capability;
  const b = row.capability;
  return earlier.name === row.name && !(a.technologyId === b.technologyId && a.stageId === b.stageId);
}
