import { useI18n } from '../../i18n/i18n';
import { useChunkText, type ChunkText } from '../../i18n/chunk-text';
import type { Lang } from '../../i18n/languages';
import type { Catalog } from '../../i18n/translate';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import fr from './catalogs/fr.json';
import it from './catalogs/it.json';

// The roadmap page's texts travel with their chunks instead of the shell's catalogs.
export const ROADMAP_CATALOGS: Record<Lang, Catalog> = { en, de, fr, it };

export type RoadmapKey = keyof typeof en;
export type RoadmapText = ChunkText<RoadmapKey>;

/** The portal's i18n plus `rt`, which translates the roadmap page's keys. */
export function useRoadmapI18n() {
  return { ...useI18n(), rt: useChunkText<RoadmapKey>(ROADMAP_CATALOGS) };
}
