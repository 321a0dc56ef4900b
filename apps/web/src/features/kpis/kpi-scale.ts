/** Pure helpers for the KPI charts: period ranges and axis scales. */

export interface KpiPoint {
  period: string;
  value: number | null;
  target: number | null;
}

/** The years from `from` to `to` inclusive, as period strings; at most 20 (the API's limit). */
export function yearRange(from: number, to: number): string[] {
  const years: string[] = [];
  for (let year = Math.max(from, to - 19); year <= to; year++) years.push(String(year));
  return years;
}

/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Ticks from 0 to `top` at a round step giving at most five intervals; whole steps from 1 up. */
export function ticks(top: number): number[] {
  const power = 10 ** Math.floor(Math.log10(top / 5));
  let step = [1, 2, 5, 2.5, 10].map((m) => m * power).find((s) => top / s <= 5) ?? top;
  if (step < 1 && top >= 1) step = 1;
  const result: number[] = [];
  for (let i = 0; i * step <= top + 1e-9; i++) result.push(Number((i * step).toPrecision(12)));
  return result;
}

/** The latest period with a value other than zero, else the last period. */
export function latestMeasured(points: readonly KpiPoint[]): string | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]?.value) return points[i]?.period ?? null;
  return points[points.length - 1]?.period ?? null;
}

/** Whether a chart of these points would show anything: a value other than zero, or a target. */
export function hasData(points: readonly KpiPoint[]): boolean {
  return points.some((p) => !!p.value || p.target !== null);
}

/** The largest value or target of the points (0 when there is none). */
export function maxOf(points: readonly KpiPoint[]): number {
  return points.reduce((max, p) => Math.max(max, p.value ?? 0, p.target ?? 0), 0);
}

/** Whether the value of a period reached its target; null when either is missing. */
export function metTarget(point: KpiPoint): boolean | null {
  if (point.value === null || point.target === null) return null;
  return point.value >= point.target;
}
