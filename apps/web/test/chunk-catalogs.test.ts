import { ACCOUNT_CATALOGS } from '../src/features/account/account-i18n';
import { FUNDING_CATALOGS } from '../src/features/funding/funding-i18n';
import { KNOWLEDGE_CATALOGS } from '../src/features/knowledge/knowledge-i18n';
import { MARKETS_CATALOGS } from '../src/features/markets/markets-i18n';
import { ROADMAP_CATALOGS } from '../src/features/roadmap/roadmap-i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['account', ACCOUNT_CATALOGS],
  ['funding', FUNDING_CATALOGS],
  ['knowledge', KNOWLEDGE_CATALOGS],
  ['markets', MARKETS_CATALOGS],
  ['roadmap', ROADMAP_CATALOGS],
] as const)('%s catalogs', (_feature, catalogs) => {
  const en = catalogs.en;
  test.each(['de', 'fr', 'it'] as const)('%s has exactly the English keys, each translated with the same placeholders', (lang) => {
    const catalog = catalogs[lang];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalog[key]?.trim()).toBeTruthy();
      expect(placeholders(catalog[key] ?? '')).toEqual(placeholders(text));
    }
  });
});
