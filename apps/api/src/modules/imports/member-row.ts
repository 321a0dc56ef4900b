/** The columns of a member-list import (CSV header names or JSON keys); only `name` and `country` are required. */
export const MEMBER_COLUMNS = [
  'name',
  'kind',
  'country',
  'region',
  'city',
  'website',
  'external_id',
  'size_band',
  'founded_year',
  'description',
  'latitude',
  'longitude',
  'member_since',
  'technology',
  'stage',
  'applications',
  'trl',
] as const;
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly MemberColumn[] = ['name', 'country'];

/** One row as read from the file: column → raw text (missing cells are undefined). */
export type RawMemberRow = Partial<Record<MemberColumn, string>>;

export interface ImportProblem {
  /** 1-based data row (the header of a CSV file is row 0); 0 for a problem with the whole file. */
  row: number;
  /** The column at fault, or null for the whole row or file. */
  column: string | null;
  reason: string;
}

/** A row that passed validation, normalised and with term codes resolved to ids. */
export interface ValidMemberRow {
  row: number;
  name: string;
  kind: string;
  country: string;
  region: string | null;
  city: string | null;
  website: string | null;
  websiteDomain: string | null;
  externalIds: Record<string, string>;
  sizeBand: string | null;
  foundedYear: number | null;
  description: string;
  latitude: number | null;
  longitude: number | null;
  memberSince: string | null;
  capability: { technologyId: number; stageId: number; applicationIds: number[]; trl: number } | null;
}
