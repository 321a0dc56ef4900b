import { BadInputError } from '../../graphql/errors';

export const MAX_SEARCH_LENGTH = 200;

/**
 * A list sorted by relevance ranks its newest matches only, this many: ranking reads every match
 * (ts_rank needs each one's vector), and a broad search at 1M ("laser" in France) matched about
 * 10,000 organizations and took 0.4 s a request. With fewer matches the order is the same as
 * ranking them all; totalCount still counts every match (docs/api.md, "Searching").
 */
export const RELEVANCE_WINDOW = 100;

/** The window a relevance sort ranks: the newest matches of `table`, as a subquery named `alias` as the table is in `conditions`. */
export function newestMatches(table: string, alias: string, conditions: string): string {
  return `(SELECT * FROM ${table} ${alias} WHERE ${conditions} ORDER BY ${alias}.id DESC LIMIT ${RELEVANCE_WINDOW}) ${alias}`;
}

export interface SearchText {
  /** The text as typed, trimmed; compared by trigram similarity for typos. */
  raw: string;
  /** A prefix tsquery ("fraun:* & bret:*") over accent-folded words, or null when no word is left. */
  tsquery: string | null;
}

/**
 * Validates a search string and turns it into a safe prefix query. Accents are folded the same way
 * as lb_fold() in the database, so "Fraunhöfer" finds "Fraunhofer".
 */
export function parseSearchText(value: string | null | undefined, argument: string): SearchText | null {
  if (value == null) return null;
  const raw = value.trim();
  if (raw.length === 0) return null;
  if (raw.length > MAX_SEARCH_LENGTH) {
    throw new BadInputError(argument, `"${argument}" is too long: at most ${MAX_SEARCH_LENGTH} characters, got ${raw.length}.`);
  }
  const words = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return { raw, tsquery: words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null };
}
