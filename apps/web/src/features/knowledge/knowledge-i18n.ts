import { useI18n } from '../../i18n/i18n';
import { useChunkText, type ChunkText } from '../../i18n/chunk-text';
import type { Lang } from '../../i18n/languages';
import type { Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The knowledge pages' texts travel with their chunks instead of the shell's catalogs.
export const KNOWLEDGE_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type KnowledgeKey = keyof typeof en;
export type KnowledgeText = ChunkText<KnowledgeKey>;

/** The portal's i18n plus `kt`, which translates the knowledge pages' keys. */
export function useKnowledgeI18n() {
  return { ...useI18n(), kt: useChunkText<KnowledgeKey>(KNOWLEDGE_CATALOGS) };
}
