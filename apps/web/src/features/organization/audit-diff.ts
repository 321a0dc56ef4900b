/** Columns that change with every write and say nothing to a reader of the history. */
const NOISE = new Set(['version', 'updated_at', 'updatedAt', 'created_at', 'createdAt', 'search_vector', 'id']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

// An empty text and a missing value read the same ("–"), so a change between them is no change.
const comparable = (value: unknown): string => JSON.stringify(value === '' || value === undefined ? null : value);

/** The fields an audit entry changed, with their values before and after, in a stable order. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => !NOISE.has(field))
    .filter((field) => comparable(before?.[field]) !== comparable(after?.[field]))
    .sort()
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }));
}
