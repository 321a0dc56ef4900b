/**
 * The day the programme's demo calendar (funding calls, trade fairs, the roadmap's current plan) was
 * written for. Loaded on another day, its dates move by the days between, so that the demo always
 * shows open calls and upcoming fairs, and what was past on this day stays as far in the past.
 */
export const DEMO_CALENDAR_WRITTEN_FOR = '2026-12-01';

const DAY_MS = 86_400_000;

export interface DemoCalendar {
  /** Days added to every date of the written calendar. */
  readonly offsetDays: number;
  /** A written date (YYYY-MM-DD) moved to the load date. */
  date(written: string): string;
  /**
   * A name that carries years (a call's identifier, an action's slug): each year moves as far as
   * the year of the item's anchor date moved, so "2027" still names the year of the deadline.
   */
  label(text: string, anchor: string): string;
}

/** The calendar as loaded on `asOf` (YYYY-MM-DD): deterministic for a given day. */
export function demoCalendar(asOf: string): DemoCalendar {
  const offsetDays = Math.round((dayMs(asOf) - dayMs(DEMO_CALENDAR_WRITTEN_FOR)) / DAY_MS);
  const date = (written: string) => new Date(dayMs(written) + offsetDays * DAY_MS).toISOString().slice(0, 10);
  return {
    offsetDays,
    date,
    label(text, anchor) {
      const years = Number(date(anchor).slice(0, 4)) - Number(anchor.slice(0, 4));
      return years === 0 ? text : text.replace(/\b20\d\d\b/g, (year) => String(Number(year) + years));
    },
  };
}

/** Today's date in UTC, the default load date. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

function dayMs(day: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new Error(`"${day}" is not a date (YYYY-MM-DD).`);
  return ms;
}
