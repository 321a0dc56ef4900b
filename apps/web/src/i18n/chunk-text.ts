import { useCallback } from 'react';
import { useI18n } from './i18n';
import type { Lang } from './languages';
import { translate, type Catalog } from './translate';

export type ChunkText<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** Translates a feature's own keys, from catalogs that travel with its chunk; English fills gaps. */
export function useChunkText<K extends string>(catalogs: Record<Lang, Catalog>): ChunkText<K> {
  const { lang } = useI18n();
  return useCallback<ChunkText<K>>((key, vars) => translate(catalogs[lang], catalogs.en, key, vars), [catalogs, lang]);
}
