import de from '../src/i18n/catalogs/de.json';
import en from '../src/i18n/catalogs/en.json';
import fr from '../src/i18n/catalogs/fr.json';
import it from '../src/i18n/catalogs/it.json';
import { initialLanguage } from '../src/i18n/languages';
import { translate } from '../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface catalogs', () => {
  test.each([
    ['de', de],
    ['fr', fr],
    ['it', it],
  ])('%s has exactly the English keys, each translated with the same placeholders', (_lang, catalog: Record<string, string>) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalog[key]?.trim()).toBeTruthy();
      expect(placeholders(catalog[key] ?? '')).toEqual(placeholders(text));
    }
  });
});

describe('translate', () => {
  test('fills placeholders and falls back to English, then to the key', () => {
    expect(translate({ a: 'Hallo {name}' }, { a: 'Hello {name}' }, 'a', { name: 'Ada' })).toBe('Hallo Ada');
    expect(translate({}, { a: 'Hello {name}' }, 'a', { name: 'Ada' })).toBe('Hello Ada');
    expect(translate({}, {}, 'missing.key')).toBe('missing.key');
    expect(translate({ a: '{unknown} stays' }, {}, 'a', {})).toBe('{unknown} stays');
  });
});

describe('initial language', () => {
  test('the stored choice wins, then the browser languages, then English', () => {
    expect(initialLanguage('it', ['de-CH'])).toBe('it');
    expect(initialLanguage(null, ['es-ES', 'fr-CH', 'de'])).toBe('fr');
    expect(initialLanguage('xx', ['es'])).toBe('en');
  });
});
