import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Lang } from '../../i18n/languages';
import { translate, type Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The funding page's texts travel with their chunks instead of the shell's catalogs.
export const FUNDING_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type FundingKey = keyof typeof en;
export type FundingText = (key: FundingKey, vars?: Record<string, string | number>) => string;

/** The portal's i18n plus `ft`, which translates the funding page's keys. */
export function useFundingI18n() {
  const i18n = useI18n();
  const { lang } = i18n;
  const ft = useCallback<FundingText>((key, vars) => translate(FUNDING_CATALOGS[lang], en, key, vars), [lang]);
  return { ...i18n, ft };
}
