import { BadInputError } from '../../graphql/errors';

/** A reporting period: a year ("2024"), a quarter ("2024-Q2") or a month ("2024-06"), as a date range. */
export interface KpiPeriod {
  period: string;
  /** First day, inclusive (YYYY-MM-DD). */
  starts: string;
  /** First day after the period, exclusive. */
  ends: string;
}

const PATTERN = /^([0-9]{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

const day = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

export function parsePeriod(value: string, argument: string): KpiPeriod {
  const match = PATTERN.exec(value);
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < 1900 || year > 2100) {
    throw new BadInputError(
      argument,
      `"${value.slice(0, 20)}" is not a period; use a year ("2024"), a quarter ("2024-Q2") or a month ("2024-06").`,
    );
  }
  if (match[2]) {
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { period: value, starts: day(year, first), ends: first === 10 ? day(year + 1, 1) : day(year, first + 3) };
  }
  if (match[3]) {
    const month = Number(match[3]);
    return { period: value, starts: day(year, month), ends: month === 12 ? day(year + 1, 1) : day(year, month + 1) };
  }
  return { period: value, starts: day(year, 1), ends: day(year + 1, 1) };
}

/** Orders periods chronologically; a year sorts before its quarters and months. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
