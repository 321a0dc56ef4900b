import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';
import { initialLanguage, toGraphqlLanguage, type GraphqlLanguage, type Lang } from './languages';
import { translate, type Catalog } from './translate';

const CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };
const STORAGE_KEY = 'lightbridge.lang';

export type TranslationKey = keyof typeof en;

interface I18n {
  lang: Lang;
  gqlLang: GraphqlLanguage;
  setLang(lang: Lang): void;
  t(key: TranslationKey, vars?: Record<string, string | number>): string;
  formatNumber(value: number): string;
  formatDate(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLanguage(readStored(), navigator.languages));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(lang);
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    return {
      lang,
      gqlLang: toGraphqlLanguage(lang),
      setLang,
      t: (key, vars) => translate(CATALOGS[lang], en, key, vars),
      formatNumber: (n) => numbers.format(n),
      formatDate: (iso) => dates.format(new Date(iso)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
