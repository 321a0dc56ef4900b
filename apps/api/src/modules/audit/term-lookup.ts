import type { EntityManager } from 'typeorm';
import { BadInputError } from '../../graphql/errors';

export interface TermRef {
  id: number;
  code: string;
  facet: 'TECHNOLOGY' | 'APPLICATION' | 'STAGE';
  status: string;
}

/**
 * Resolves term codes to APPROVED terms (of the facet given, or any) in one statement;
 * BAD_USER_INPUT names the field otherwise.
 */
export async function approvedTerms(
  manager: EntityManager,
  codes: { field: string; code: string; facet?: TermRef['facet'] }[],
): Promise<TermRef[]> {
  if (codes.length === 0) return [];
  const rows = (await manager.query(`SELECT id, code, facet, status FROM term WHERE code = ANY($1::text[])`, [
    codes.map((c) => c.code),
  ])) as TermRef[];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map(({ field, code, facet }) => {
    const term = byCode.get(code);
    if (!term) throw new BadInputError(field, `No term has the code "${code.slice(0, 100)}".`);
    if (facet && term.facet !== facet) throw new BadInputError(field, `"${code}" is a ${term.facet} term, expected a ${facet} term.`);
    if (term.status !== 'APPROVED') throw new BadInputError(field, `"${code}" is ${term.status}; use an approved term.`);
    return term;
  });
}
