import type { FundingKey } from '../funding-i18n';

/** A funding call as stored, as the editor reads it. */
export interface EditableFundingCall {
  id: string;
  version: number;
  slug: string;
  programme: string;
  identifier: string;
  title: string;
  summary: string;
  opensOn: string | null;
  deadline: string;
  url: string;
  budgetEur: number | null;
  eligibleCountries: { code: string }[];
  minCountries: number;
  topics: { code: string }[];
}

/** The editor's state: every field as the text (or selection) in its control. */
export interface FundingCallDraft {
  slug: string;
  programme: string;
  identifier: string;
  title: string;
  summary: string;
  opensOn: string;
  deadline: string;
  url: string;
  budgetEur: string;
  eligibleCountries: string;
  minCountries: string;
  topicCodes: string[];
}
export type FundingCallField = keyof FundingCallDraft;
export const FUNDING_CALL_FIELDS: readonly FundingCallField[] = [
  'slug',
  'programme',
  'identifier',
  'title',
  'summary',
  'opensOn',
  'deadline',
  'url',
  'budgetEur',
  'eligibleCountries',
  'minCountries',
  'topicCodes',
];

export const EMPTY_DRAFT: FundingCallDraft = {
  slug: '',
  programme: '',
  identifier: '',
  title: '',
  summary: '',
  opensOn: '',
  deadline: '',
  url: '',
  budgetEur: '',
  eligibleCountries: '',
  minCountries: '1',
  topicCodes: [],
};

export function draftOf(call: EditableFundingCall): FundingCallDraft {
  return {
    slug: call.slug,
    programme: call.programme,
    identifier: call.identifier,
    title: call.title,
    summary: call.summary,
    opensOn: call.opensOn ?? '',
    deadline: call.deadline,
    url: call.url,
    budgetEur: call.budgetEur === null ? '' : String(call.budgetEur),
    eligibleCountries: call.eligibleCountries.map((c) => c.code).join(', '),
    minCountries: String(call.minCountries),
    topicCodes: call.topics.map((t) => t.code),
  };
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const isHttpUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};
/** "fr, DE it" → ["FR", "DE", "IT"]. */
export const countryCodes = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/** The API's rules for a funding call, checked before sending. */
export function validateFundingCall(draft: FundingCallDraft): Partial<Record<FundingCallField, FundingKey>> {
  const required = (text: string, max: number): FundingKey | undefined =>
    text.trim() === '' ? 'editor.required' : text.trim().length > max ? 'editor.tooLong' : undefined;
  const budget = draft.budgetEur.trim();
  const minCountries = Number(draft.minCountries);
  return {
    slug: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(draft.slug) && draft.slug.length <= 100 ? undefined : 'editor.slugInvalid',
    programme: required(draft.programme, 200),
    identifier: required(draft.identifier, 200),
    title: required(draft.title, 300),
    summary: draft.summary.length > 5000 ? 'editor.tooLong' : undefined,
    opensOn:
      draft.opensOn === ''
        ? undefined
        : !isDate(draft.opensOn)
          ? 'editor.dateInvalid'
          : isDate(draft.deadline) && draft.opensOn > draft.deadline
            ? 'editor.opensAfterDeadline'
            : undefined,
    deadline: isDate(draft.deadline) ? undefined : 'editor.dateInvalid',
    url: isHttpUrl(draft.url.trim()) ? undefined : 'editor.urlInvalid',
    budgetEur: budget === '' || /^\d{1,13}$/.test(budget) ? undefined : 'editor.budgetInvalid',
    eligibleCountries: countryCodes(draft.eligibleCountries).every((c) => /^[A-Z]{2}$/.test(c)) ? undefined : 'editor.countriesInvalid',
    minCountries: Number.isInteger(minCountries) && minCountries >= 1 && minCountries <= 30 ? undefined : 'editor.minCountriesInvalid',
    topicCodes: draft.topicCodes.length > 30 ? 'editor.tooManyTopics' : undefined,
  };
}

/** The create mutation's input. */
export function createInput(draft: FundingCallDraft) {
  return {
    slug: draft.slug,
    programme: draft.programme.trim(),
    identifier: draft.identifier.trim(),
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    opensOn: draft.opensOn || null,
    deadline: draft.deadline,
    url: draft.url.trim(),
    budgetEur: draft.budgetEur.trim() === '' ? null : Number(draft.budgetEur),
    eligibleCountries: countryCodes(draft.eligibleCountries),
    minCountries: Number(draft.minCountries),
    topicCodes: draft.topicCodes,
  };
}

/** The update mutation's input: only what differs from the call as read, with its version; null when nothing changed. */
export function updateInput(call: EditableFundingCall, draft: FundingCallDraft) {
  const before = createInput(draftOf(call));
  const after = createInput(draft);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (key === 'slug' || JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    // The API keeps omitted and null fields; an empty string removes the opening date.
    changes[key] = key === 'opensOn' && after.opensOn === null ? '' : after[key];
  }
  return Object.keys(changes).length === 0 ? null : { id: call.id, version: call.version, ...changes };
}
