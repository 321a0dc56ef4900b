import { currentRelease, type CrosswalkDefinition, type TermDefinition } from '@lightbridge/taxonomy';
import type { DataSource } from 'typeorm';
import { HttpError } from '../../http/body';

interface TermRow {
  code: string;
  facet: TermDefinition['facet'];
  parent_code: string | null;
  replaced_by_code: string | null;
  position: number;
  labels: Partial<Record<'en' | 'de' | 'fr' | 'it', string>>;
  descriptions: Partial<Record<'en' | 'de' | 'fr' | 'it', string>>;
  synonyms: string[];
  status: TermDefinition['status'];
}

function fill(texts: TermRow['labels']): TermDefinition['labels'] {
  const en = texts.en ?? '';
  return { en, de: texts.de ?? en, fr: texts.fr ?? en, it: texts.it ?? en };
}

export interface SchemeExport {
  terms: TermDefinition[];
  crosswalks: CrosswalkDefinition[];
  version: string;
  issued: string | undefined;
}

/**
 * The classification scheme as curated now (approved and deprecated terms), or as frozen in the
 * release `version`; an unknown version is a 404.
 */
export async function loadSchemeForExport(dataSource: DataSource, version: string | null): Promise<SchemeExport> {
  const releases = (await dataSource.query(
    `SELECT version, snapshot, published_at FROM scheme_release ORDER BY published_at DESC, id DESC`,
  )) as {
    version: string;
    snapshot: unknown;
    published_at: Date;
  }[];
  const crosswalks = (await dataSource.query(
    `SELECT t.code AS term, c.scheme, c.external_code AS "externalCode", c.external_label AS "externalLabel", c.match FROM crosswalk c JOIN term t ON t.id = c.term_id ORDER BY t.code, c.scheme, c.external_code`,
  )) as CrosswalkDefinition[];
  if (version !== null) {
    const release = releases.find((r) => r.version === version);
    if (!release || !Array.isArray(release.snapshot)) throw new HttpError(404, 'NOT_FOUND', `No scheme release "${version.slice(0, 30)}".`);
    const terms = release.snapshot as TermDefinition[];
    const codes = new Set(terms.map((t) => t.code));
    return {
      terms,
      crosswalks: crosswalks.filter((c) => codes.has(c.term)),
      version,
      issued: release.published_at.toISOString().slice(0, 10),
    };
  }
  const rows = (await dataSource.query(
    `SELECT t.code, t.facet, p.code AS parent_code, r.code AS replaced_by_code, t.position, t.labels, t.descriptions, t.synonyms, t.status
     FROM term t LEFT JOIN term p ON p.id = t.parent_id LEFT JOIN term r ON r.id = t.replaced_by_id
     WHERE t.status IN ('APPROVED', 'DEPRECATED') ORDER BY t.facet, t.code`,
  )) as TermRow[];
  const codes = new Set(rows.map((r) => r.code));
  const terms: TermDefinition[] = rows.map((r) => ({
    code: r.code,
    facet: r.facet,
    // A parent that is no longer approved would leave a dangling skos:broader: the term becomes a top concept.
    parent: r.parent_code !== null && codes.has(r.parent_code) ? r.parent_code : null,
    position: r.position,
    labels: fill(r.labels),
    descriptions: fill(r.descriptions),
    synonyms: r.synonyms,
    status: r.status,
    ...(r.replaced_by_code ? { replacedBy: r.replaced_by_code } : {}),
  }));
  const latest = releases[0];
  return {
    terms,
    crosswalks: crosswalks.filter((c) => codes.has(c.term)),
    version: latest?.version ?? currentRelease().version,
    issued: latest?.published_at.toISOString().slice(0, 10),
  };
}
