import type { TranslationKey } from '../i18n/i18n';

export const ORGANIZATION_KINDS = [
  'CLUSTER',
  'SME',
  'LARGE_COMPANY',
  'RESEARCH_ORGANIZATION',
  'UNIVERSITY',
  'INVESTOR',
  'PUBLIC_BODY',
  'SYSTEM_INTEGRATOR',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const kindKey = (kind: string): TranslationKey => `kind.${kind}` as TranslationKey;
export const sizeKey = (size: string): TranslationKey => `size.${size}` as TranslationKey;
export const needKindKey = (kind: string): TranslationKey => `needKind.${kind}` as TranslationKey;

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the interface language, from its ISO 3166 code. */
export function countryName(code: string, lang: string): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
