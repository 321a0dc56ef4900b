import { useI18n } from '../../i18n/i18n';
import { useChunkText, type ChunkText } from '../../i18n/chunk-text';
import type { Lang } from '../../i18n/languages';
import type { Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The funding page's texts travel with their chunks instead of the shell's catalogs.
export const FUNDING_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type FundingKey = keyof typeof en;
export type FundingText = ChunkText<FundingKey>;

/** The portal's i18n plus `ft`, which translates the funding page's keys. */
export function useFundingI18n() {
  return { ...useI18n(), ft: useChunkText<FundingKey>(FUNDING_CATALOGS) };
}
