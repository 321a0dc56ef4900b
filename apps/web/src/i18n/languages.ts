export const LANGUAGES = ['en', 'de', 'fr', 'it'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The GraphQL `Language` enum value of an interface language. */
export type GraphqlLanguage = 'EN' | 'DE' | 'FR' | 'IT';
export const toGraphqlLanguage = (lang: Lang): GraphqlLanguage => lang.toUpperCase() as GraphqlLanguage;

export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch', fr: 'Français', it: 'Italiano' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The stored choice, else the browser's first supported language, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}
