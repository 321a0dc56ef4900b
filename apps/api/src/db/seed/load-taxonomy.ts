import { allTerms, crosswalks, schemeReleases } from '@lightbridge/taxonomy';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert';

/** Loads the classification scheme of packages/taxonomy into an empty term table; returns code → id. */
export async function loadTaxonomy(manager: EntityManager): Promise<Map<string, number>> {
  await bulkInsert(
    manager,
    'term',
    { code: 'text', facet: 'text', position: 'int', labels: 'jsonb', descriptions: 'jsonb', synonyms: 'text[]', status: 'text' },
    // Deprecated terms need their replacement first (a check constraint); they are set below.
    allTerms.map((t) => ({ ...t, status: t.status === 'DEPRECATED' ? 'APPROVED' : t.status })),
  );
  const rows = (await manager.query(`SELECT id, code FROM term`)) as { id: number; code: string }[];
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const links = allTerms
    .filter((t) => t.parent !== null || t.replacedBy)
    .map((t) => ({
      id: ids.get(t.code),
      parent_id: t.parent ? ids.get(t.parent) : null,
      replaced_by_id: t.replacedBy ? ids.get(t.replacedBy) : null,
      status: t.status,
    }));
  await manager.query(
    `UPDATE term SET parent_id = r.parent_id, replaced_by_id = r.replaced_by_id, status = r.status
     FROM jsonb_to_recordset($1::jsonb) AS r(id int, parent_id int, replaced_by_id int, status text) WHERE term.id = r.id`,
    [JSON.stringify(links)],
  );
  await bulkInsert(
    manager,
    'crosswalk',
    { term_id: 'int', scheme: 'text', external_code: 'text', external_label: 'text', match: 'text' },
    crosswalks.map((c) => ({
      term_id: ids.get(c.term),
      scheme: c.scheme,
      external_code: c.externalCode,
      external_label: c.externalLabel,
      match: c.match,
    })),
  );
  const approved = allTerms.filter((t) => t.status === 'APPROVED');
  await bulkInsert(
    manager,
    'scheme_release',
    { version: 'text', notes: 'text', snapshot: 'jsonb', term_count: 'int' },
    schemeReleases.map((r) => ({ version: r.version, notes: r.notes, snapshot: approved, term_count: approved.length })),
  );
  return ids;
}
