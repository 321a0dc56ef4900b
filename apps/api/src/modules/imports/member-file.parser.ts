import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';
import { MEMBER_COLUMNS, REQUIRED_COLUMNS, type ImportProblem, type MemberColumn, type RawMemberRow } from './member-row';

export const MAX_IMPORT_BYTES = 20_000_000;
export const MAX_IMPORT_ROWS = 50_000;

export interface ParsedFile {
  rows: { row: number; cells: RawMemberRow }[];
  problems: ImportProblem[];
}

/**
 * Reads a member list from CSV or JSON bytes. Lines that are not valid UTF-8 are reported by row
 * and skipped (a file saved as Latin-1, for instance), so one bad line does not hide the others.
 */
export function parseMemberFile(bytes: Buffer, format: 'CSV' | 'JSON'): ParsedFile {
  if (bytes.length > MAX_IMPORT_BYTES) return fileProblem(`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
  return format === 'JSON' ? parseJson(bytes) : parseCsv(bytes);
}

function fileProblem(reason: string): ParsedFile {
  return { rows: [], problems: [{ row: 0, column: null, reason }] };
}

function parseCsv(bytes: Buffer): ParsedFile {
  const problems: ImportProblem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = decodeByLine(bytes, decoder, problems);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: false }) as string[][];
  } catch (error) {
    return fileProblem(`The file is not valid CSV: ${error instanceof Error ? error.message.slice(0, 200) : 'parse error'}.`);
  }
  const [header, ...data] = records;
  if (!header) return fileProblem('The file is empty.');
  const columns = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const headerProblems = checkHeader(columns);
  if (headerProblems.length > 0) return { rows: [], problems: [...problems, ...headerProblems] };
  if (data.length > MAX_IMPORT_ROWS)
    return fileProblem(`The file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once.`);
  const rows: ParsedFile['rows'] = [];
  data.forEach((record, index) => {
    const row = index + 1;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length > columns.length) {
      problems.push({ row, column: null, reason: `The row has ${record.length} cells but the header names ${columns.length} columns.` });
      return;
    }
    const cells: RawMemberRow = {};
    columns.forEach((column, i) => {
      const value = record[i];
      if (value !== undefined) cells[column as MemberColumn] = value;
    });
    rows.push({ row, cells });
  });
  return { rows, problems };
}

function checkHeader(columns: string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const known = new Set<string>(MEMBER_COLUMNS);
  for (const column of columns) {
    if (!known.has(column))
      problems.push({ row: 0, column, reason: `Unknown column "${column.slice(0, 50)}"; known columns: ${MEMBER_COLUMNS.join(', ')}.` });
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problems.push({ row: 0, column: required, reason: `The required column "${required}" is missing.` });
  }
  const duplicates = columns.filter((c, i) => columns.indexOf(c) !== i);
  for (const column of new Set(duplicates)) problems.push({ row: 0, column, reason: `The column "${column}" appears twice.` });
  return problems;
}

function parseJson(bytes: Buffer): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fileProblem('The file is not valid UTF-8 JSON.');
  }
  const list = Array.isArray(data) ? data : (data as { members?: unknown })?.members;
  if (!Array.isArray(list)) return fileProblem('Expected a JSON array of members (or an object with a "members" array).');
  if (list.length > MAX_IMPORT_ROWS)
    return fileProblem(`The file has ${list.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once.`);
  const problems: ImportProblem[] = [];
  const rows: ParsedFile['rows'] = [];
  const known = new Set<string>(MEMBER_COLUMNS);
  list.forEach((item: unknown, index) => {
    const row = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ row, column: null, reason: 'Expected an object.' });
      return;
    }
    const cells: RawMemberRow = {};
    for (const [key, value] of Object.entries(item)) {
      if (!known.has(key)) {
        problems.push({ row, column: key.slice(0, 50), reason: `Unknown field "${key.slice(0, 50)}".` });
        continue;
      }
      if (value === null || value === undefined) continue;
      cells[key as MemberColumn] = Array.isArray(value) ? value.map(String).join(';') : String(value);
    }
    rows.push({ row, cells });
  });
  return { rows, problems };
}

/**
 * The whole file as text. When it is not valid UTF-8 (a file saved as Latin-1, say), each line is
 * decoded on its own: the bad lines are reported by row and replaced by empty lines, so that one bad
 * line does not hide the others' problems.
 */
function decodeByLine(bytes: Buffer, decoder: TextDecoder, problems: ImportProblem[]): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return decoder.decode(body);
  } catch {
    // fall through to line by line
  }
  const lines: string[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x0a, start);
    if (end === -1) end = body.length;
    try {
      lines.push(decoder.decode(body.subarray(start, end)).replace(/\r$/, ''));
    } catch {
      problems.push({ row: lines.length, column: null, reason: 'The line is not valid UTF-8 text (save the file as UTF-8).' });
      lines.push('');
    }
    start = end + 1;
  }
  return lines.join('\n');
}
