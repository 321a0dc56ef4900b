import { useI18n } from '../../i18n/i18n';
import { useChunkText, type ChunkText } from '../../i18n/chunk-text';
import type { Lang } from '../../i18n/languages';
import type { Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The market pages' texts travel with their chunks instead of the shell's catalogs.
export const MARKETS_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type MarketsKey = keyof typeof en;
export type MarketsText = ChunkText<MarketsKey>;

/** The portal's i18n plus `mt`, which translates the market pages' keys. */
export function useMarketsI18n() {
  return { ...useI18n(), mt: useChunkText<MarketsKey>(MARKETS_CATALOGS) };
}
