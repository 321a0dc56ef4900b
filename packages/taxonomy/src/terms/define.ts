import type { Facet, LocalizedText, TermDefinition, TermStatus } from '../types';

/**
 * A term as written in the data files: the facet is given once per file set, the position is
 * the order in which siblings appear, and the status defaults to APPROVED.
 */
export interface TermSpec {
  code: string;
  parent: string | null;
  labels: LocalizedText;
  descriptions: LocalizedText;
  synonyms?: string[];
  status?: TermStatus;
  replacedBy?: string;
}

/**
 * Turns the specs of one facet into term definitions. Positions are numbered from 1 among the
 * siblings of each parent, in the order the specs are listed, so reordering the list reorders
 * the tree and inserting a term never requires renumbering by hand.
 */
export function defineFacet(facet: Facet, specs: readonly TermSpec[]): TermDefinition[] {
  const nextPosition = new Map<string | null, number>();
  return specs.map((spec) => {
    const position = (nextPosition.get(spec.parent) ?? 0) + 1;
    nextPosition.set(spec.parent, position);
    const term: TermDefinition = {
      code: spec.code,
      facet,
      parent: spec.parent,
      position,
      labels: spec.labels,
      descriptions: spec.descriptions,
      synonyms: spec.synonyms ?? [],
      status: spec.status ?? 'APPROVED',
    };
    if (spec.replacedBy !== undefined) term.replacedBy = spec.replacedBy;
    return term;
  });
}
