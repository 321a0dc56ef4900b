import type { LoadContext } from '../load-organizations';

/** Resolves the slugs and codes the programme's demo data uses; an unknown one fails the load. */
export function seedLookup(context: LoadContext) {
  const find = (map: Map<string, number>, key: string, what: string): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Demo data refers to unknown ${what} "${key}".`);
    return id;
  };
  return {
    org: (slug: string) => find(context.organizationIds, slug, 'organization'),
    term: (code: string) => find(context.termIds, code, 'term'),
  };
}
