import { applicationTerms } from './terms/applications';
import { stageTerms } from './terms/stages';
import { technologyTerms } from './terms/technologies';
import type { Facet, LocalizedText, TermDefinition } from './types';

/** Every term of the scheme: technologies, then application areas, then value-chain stages. */
export const allTerms: readonly TermDefinition[] = [...technologyTerms, ...applicationTerms, ...stageTerms];

/** Display names of the facets, used for SKOS collections and in the portal. */
export const FACET_LABELS: Readonly<Record<Facet, LocalizedText>> = {
  TECHNOLOGY: {
    en: 'Enabling technologies',
    de: 'Basistechnologien',
    fr: 'Technologies habilitantes',
    it: 'Tecnologie abilitanti',
  },
  APPLICATION: {
    en: 'Application areas',
    de: 'Anwendungsbereiche',
    fr: 'Domaines d’application',
    it: 'Settori applicativi',
  },
  STAGE: {
    en: 'Value-chain stages',
    de: 'Wertschöpfungsstufen',
    fr: 'Étapes de la chaîne de valeur',
    it: 'Fasi della catena del valore',
  },
};

/** Tree navigation over one set of terms, with lookups prepared once (each call is O(result)). */
export interface SchemeIndex {
  termByCode(code: string): TermDefinition | undefined;
  /** Direct children, ordered by position. */
  childrenOf(code: string): readonly TermDefinition[];
  /** Top terms of a facet (terms without a parent), ordered by position. */
  rootsOf(facet: Facet): readonly TermDefinition[];
  /** Broader terms, nearest first. Stops at a cycle or a missing parent. */
  ancestorsOf(code: string): readonly TermDefinition[];
  /** All narrower terms, depth-first in position order. */
  descendantsOf(code: string): readonly TermDefinition[];
  /** Number of terms between a term and its top term: 1 for a top term, 0 for an unknown code. */
  depthOf(code: string): number;
}

const byPosition = (a: TermDefinition, b: TermDefinition): number => a.position - b.position || a.code.localeCompare(b.code);

export function createSchemeIndex(terms: readonly TermDefinition[]): SchemeIndex {
  const byCode = new Map<string, TermDefinition>();
  for (const term of terms) if (!byCode.has(term.code)) byCode.set(term.code, term);

  const children = new Map<string, TermDefinition[]>();
  const roots = new Map<Facet, TermDefinition[]>();
  for (const term of byCode.values()) {
    if (term.parent === null) {
      const list = roots.get(term.facet) ?? [];
      list.push(term);
      roots.set(term.facet, list);
    } else {
      const list = children.get(term.parent) ?? [];
      list.push(term);
      children.set(term.parent, list);
    }
  }
  for (const list of children.values()) list.sort(byPosition);
  for (const list of roots.values()) list.sort(byPosition);

  const ancestorsOf = (code: string): TermDefinition[] => {
    const result: TermDefinition[] = [];
    const seen = new Set<string>([code]);
    let parentCode = byCode.get(code)?.parent ?? null;
    while (parentCode !== null && !seen.has(parentCode)) {
      const parent = byCode.get(parentCode);
      if (parent === undefined) break;
      result.push(parent);
      seen.add(parentCode);
      parentCode = parent.parent;
    }
    return result;
  };

  return {
    termByCode: (code) => byCode.get(code),
    childrenOf: (code) => children.get(code) ?? [],
    rootsOf: (facet) => roots.get(facet) ?? [],
    ancestorsOf,
    descendantsOf(code) {
      const result: TermDefinition[] = [];
      const seen = new Set<string>([code]);
      const stack = [...(children.get(code) ?? [])].reverse();
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        if (seen.has(next.code)) continue;
        seen.add(next.code);
        result.push(next);
        const grandchildren = children.get(next.code) ?? [];
        for (let i = grandchildren.length - 1; i >= 0; i -= 1) {
          const child = grandchildren[i];
          if (child !== undefined) stack.push(child);
        }
      }
      return result;
    },
    depthOf: (code) => (byCode.has(code) ? ancestorsOf(code).length + 1 : 0),
  };
}

const index = createSchemeIndex(allTerms);

export const termByCode = (code: string): TermDefinition | undefined => index.termByCode(code);
export const childrenOf = (code: string): readonly TermDefinition[] => index.childrenOf(code);
export const rootsOf = (facet: Facet): readonly TermDefinition[] => index.rootsOf(facet);
export const ancestorsOf = (code: string): readonly TermDefinition[] => index.ancestorsOf(code);
export const descendantsOf = (code: string): readonly TermDefinition[] => index.descendantsOf(code);
export const depthOf = (code: string): number => index.depthOf(code);

/** Terms of one facet, in scheme order. */
export function termsOfFacet(facet: Facet, terms: readonly TermDefinition[] = allTerms): TermDefinition[] {
  return terms.filter((term) => term.facet === facet);
}
