import type { EntityManager } from 'typeorm';

/** "Photonics Bretagne S.A.S." → "photonics-bretagne-s-a-s" */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'organization';
}

/** Makes each slug unique against the database and the others in the list by adding -2, -3 ... */
export async function uniqueSlugs(manager: EntityManager, bases: string[]): Promise<string[]> {
  const taken = new Set(
    (
      (await manager.query(`SELECT slug FROM organization WHERE slug = ANY($1::text[]) OR slug LIKE ANY($2::text[])`, [
        bases,
        bases.map((b) => `${b.replace(/[%_]/g, '')}-%`),
      ])) as { slug: string }[]
    ).map((r) => r.slug),
  );
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
