import type { Problems } from '../forms';

export interface KeyFormValues {
  name: string;
  scope: 'READ' | 'READ_WRITE';
  origins: string;
  expires: string;
  budget: string;
}
export type KeyField = keyof KeyFormValues;
export const EMPTY_KEY_FORM: KeyFormValues = { name: '', scope: 'READ', origins: '', expires: '', budget: '' };

/** One origin per line (commas and spaces too); the ones that are not a bare http(s) origin are returned apart. */
export function parseOrigins(text: string): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,]+/).filter(Boolean)) {
    const candidate = raw.replace(/\/+$/, '');
    let url: URL | null = null;
    try {
      url = new URL(candidate);
    } catch {
      url = null;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === candidate) {
      if (!origins.includes(candidate)) origins.push(candidate);
    } else invalid.push(raw);
  }
  return { origins, invalid };
}

/** The API's rules for a new key, checked before sending; `today` is YYYY-MM-DD. */
export function validateKeyForm(values: KeyFormValues, today: string): Problems<KeyField> {
  const budget = values.budget.trim();
  const { origins, invalid } = parseOrigins(values.origins);
  return {
    name: values.name.trim() === '' ? 'form.required' : values.name.trim().length > 100 ? 'form.tooLong' : undefined,
    origins: invalid.length > 0 ? 'keys.originInvalid' : origins.length > 20 ? 'keys.tooManyOrigins' : undefined,
    expires: values.expires !== '' && values.expires <= today ? 'keys.expiresPast' : undefined,
    budget: budget !== '' && !(/^\d+$/.test(budget) && Number(budget) >= 1 && Number(budget) <= 100_000) ? 'keys.budgetInvalid' : undefined,
  };
}

export function createKeyInput(organizationId: string, values: KeyFormValues) {
  return {
    organizationId,
    name: values.name.trim(),
    scope: values.scope,
    allowedOrigins: parseOrigins(values.origins).origins,
    // The key stops working at the start of the chosen day, in UTC.
    expiresAt: values.expires ? `${values.expires}T00:00:00.000Z` : null,
    hourlyBudget: values.budget.trim() ? Number(values.budget.trim()) : null,
  };
}
