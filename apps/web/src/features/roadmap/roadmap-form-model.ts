import { graphqlErrors } from '../account/forms';
import type { CreateRoadmapActionInput, UpdateRoadmapActionInput } from './roadmap-edit.queries';
import type { RoadmapActionItem } from './roadmap.queries';
import type { RoadmapKey } from './roadmap-i18n';

export const ACTION_FIELDS = [
  'title',
  'slug',
  'ownerClusterId',
  'description',
  'startsOn',
  'endsOn',
  'budgetEur',
  'status',
  'partnerIds',
  'kpis',
  'agreementIds',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface ActionDraft {
  title: string;
  slug: string;
  ownerClusterId: string;
  description: string;
  startsOn: string;
  endsOn: string;
  budgetEur: string;
  status: RoadmapActionItem['status'];
  partnerIds: string[];
  /** Contribution per KPI code, as typed; an empty one leaves the KPI unlinked. */
  kpis: Record<string, string>;
  agreementIds: string[];
}

export type Problems<F extends string> = Partial<Record<F, RoadmapKey>>;

// The API's rules (roadmap-action.inputs.ts), checked before sending.
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const emptyDraft = (ownerClusterId: string): ActionDraft => ({
  title: '',
  slug: '',
  ownerClusterId,
  description: '',
  startsOn: '',
  endsOn: '',
  budgetEur: '',
  status: 'PLANNED',
  partnerIds: [],
  kpis: {},
  agreementIds: [],
});

export const draftOf = (action: RoadmapActionItem): ActionDraft => ({
  title: action.title,
  slug: action.slug,
  ownerClusterId: action.ownerCluster?.id ?? '',
  description: action.description,
  startsOn: action.startsOn,
  endsOn: action.endsOn,
  budgetEur: action.budgetEur === null ? '' : String(action.budgetEur),
  status: action.status,
  partnerIds: action.partners.map((p) => p.id),
  kpis: Object.fromEntries(action.kpis.map((k) => [k.kpi.code, String(k.contribution)])),
  agreementIds: action.agreements.map((a) => a.id),
});

/** A slug from a title: lower-case ASCII words joined by hyphens. */
export const slugOf = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');

const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

/** A real day: the pattern lets 2027-02-30 through, which the date round trip does not. */
export const isDate = (text: string): boolean => {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
};

export function validateAction(draft: ActionDraft, creating: boolean): Problems<ActionField> {
  const title = draft.title.trim();
  const budget = numberOf(draft.budgetEur);
  const kpiBad = Object.values(draft.kpis).some((value) => {
    const n = numberOf(value);
    return n !== null && !(Number.isFinite(n) && n >= 0 && n <= 1e9);
  });
  return {
    title: title === '' ? 'form.required' : title.length > 300 ? 'form.tooLong' : undefined,
    slug: !creating
      ? undefined
      : draft.slug === ''
        ? 'form.required'
        : !SLUG.test(draft.slug) || draft.slug.length > 100
          ? 'form.slugInvalid'
          : undefined,
    ownerClusterId: creating && draft.ownerClusterId === '' ? 'form.required' : undefined,
    description: draft.description.length > 5000 ? 'form.tooLong' : undefined,
    startsOn: draft.startsOn === '' ? 'form.required' : isDate(draft.startsOn) ? undefined : 'form.dateInvalid',
    endsOn:
      draft.endsOn === ''
        ? 'form.required'
        : !isDate(draft.endsOn)
          ? 'form.dateInvalid'
          : isDate(draft.startsOn) && draft.endsOn < draft.startsOn
            ? 'form.endsBeforeStart'
            : undefined,
    budgetEur: budget !== null && !(Number.isFinite(budget) && budget >= 0 && budget <= 1e10) ? 'form.budgetInvalid' : undefined,
    partnerIds:
      draft.partnerIds.length > 50 ? 'form.tooMany' : draft.partnerIds.includes(draft.ownerClusterId) ? 'form.ownPartner' : undefined,
    kpis: kpiBad ? 'form.contributionInvalid' : undefined,
    agreementIds: draft.agreementIds.length > 20 ? 'form.tooMany' : undefined,
  };
}

const kpisOf = (draft: ActionDraft) =>
  Object.entries(draft.kpis).flatMap(([kpi, value]) => {
    const contribution = numberOf(value);
    return contribution === null ? [] : [{ kpi, contribution }];
  });

export function createInput(draft: ActionDraft): CreateRoadmapActionInput {
  return {
    ownerClusterId: draft.ownerClusterId,
    slug: draft.slug,
    title: draft.title.trim(),
    description: draft.description,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    budgetEur: numberOf(draft.budgetEur),
    partnerIds: draft.partnerIds,
    kpis: kpisOf(draft),
    agreementIds: draft.agreementIds,
  };
}

/**
 * The whole draft against the version it started from; the API refuses it if that version is stale.
 * An emptied budget is sent as null, which clears it.
 */
export function updateInput(base: RoadmapActionItem, draft: ActionDraft): UpdateRoadmapActionInput {
  return {
    id: base.id,
    version: base.version,
    title: draft.title.trim(),
    description: draft.description,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    budgetEur: numberOf(draft.budgetEur),
    ...(draft.status !== base.status && draft.status !== 'DONE' ? { status: draft.status } : {}),
    partnerIds: draft.partnerIds,
    kpis: kpisOf(draft),
    agreementIds: draft.agreementIds,
  };
}

/**
 * The API's BAD_USER_INPUT errors by field: "input.endsOn", "input.kpis[0].kpi" and
 * "input.kpis.0.contribution" name the field before the first dot or bracket.
 */
export function serverErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const e of graphqlErrors(error)) {
    const argument = e.extensions?.argumentName;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || typeof argument !== 'string') continue;
    const field = /^(?:input\.)?([A-Za-z]+)/.exec(argument)?.[1] as F | undefined;
    if (field && fields.includes(field) && !result[field]) result[field] = e.message.replace(`${argument}: `, '');
  }
  return result;
}
