import { ACCOUNT_CATALOGS } from '../src/features/account/account-i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('account page catalogs', () => {
  const en = ACCOUNT_CATALOGS.en;
  test.each(['de', 'fr', 'it'] as const)('%s has exactly the English keys, each translated with the same placeholders', (lang) => {
    const catalog = ACCOUNT_CATALOGS[lang];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalog[key]?.trim()).toBeTruthy();
      expect(placeholders(catalog[key] ?? '')).toEqual(placeholders(text));
    }
  });
});
