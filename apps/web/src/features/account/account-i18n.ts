import { useI18n } from '../../i18n/i18n';
import { useChunkText, type ChunkText } from '../../i18n/chunk-text';
import type { Lang } from '../../i18n/languages';
import type { Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The account pages' texts travel with their chunks instead of the shell's catalogs.
export const ACCOUNT_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type AccountKey = keyof typeof en;
export type AccountText = ChunkText<AccountKey>;

/** The portal's i18n plus `at`, which translates the account pages' keys. */
export function useAccountI18n() {
  return { ...useI18n(), at: useChunkText<AccountKey>(ACCOUNT_CATALOGS) };
}
