import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import type { ProposeTermInput } from './curation.inputs';
import { TERM_COLUMNS, toTerm, type Term, type TermRow } from './term.type';

const FACET_PREFIX: Record<string, string> = { TECHNOLOGY: 'tech', APPLICATION: 'app', STAGE: 'stage' };

export async function loadTermRow(manager: EntityManager, id: number): Promise<Term> {
  const [row] = (await manager.query(`SELECT ${TERM_COLUMNS} FROM term t WHERE t.id = $1`, [id])) as TermRow[];
  if (!row) throw new Error(`term ${id} vanished`);
  return toTerm(row);
}

export async function proposeTerm(context: RequestContext, input: ProposeTermInput): Promise<Term> {
  const viewer = requireViewer(context);
  return withConstraints({ term_code_key: ['input.code', `A term with the code "${input.code}" exists already.`] }, () =>
    context.db.transaction(async (manager) => {
      let facet = input.facet ?? null;
      let parentId: number | null = null;
      if (input.parent) {
        const [parent] = (await manager.query(`SELECT id, facet, status FROM term WHERE code = $1`, [input.parent])) as {
          id: number;
          facet: string;
          status: string;
        }[];
        if (!parent) throw new BadInputError('input.parent', `No term has the code "${input.parent.slice(0, 100)}".`);
        if (parent.status !== 'APPROVED') throw new BadInputError('input.parent', `The parent "${input.parent}" is ${parent.status}.`);
        if (facet && facet !== parent.facet) throw new BadInputError('input.facet', `The parent is a ${parent.facet} term.`);
        facet = parent.facet as typeof facet;
        parentId = parent.id;
      }
      if (!facet) throw new BadInputError('input.facet', 'Give the facet of a term without parent.');
      if (!input.code.startsWith(`${FACET_PREFIX[facet]}.`)) {
        throw new BadInputError('input.code', `Codes of ${facet} terms start with "${FACET_PREFIX[facet]}.".`);
      }
      const labels = Object.fromEntries(Object.entries({ ...input.labels }).filter(([, v]) => typeof v === 'string'));
      const after = firstReturned(
        await manager.query(
          `INSERT INTO term (code, facet, parent_id, labels, status, proposal_reason, proposed_by_user_id, position)
           VALUES ($1, $2, $3, $4::jsonb, 'PROPOSED', $5, $6, 1000) RETURNING to_jsonb(term) AS row`,
          [input.code, facet, parentId, JSON.stringify(labels), input.reason, viewer.userId],
        ),
      );
      const id = after.id as number;
      await writeAudit(manager, { actorUserId: viewer.userId, entityType: 'Term', entityId: id, action: 'CREATE', before: null, after });
      return loadTermRow(manager, id);
    }),
  );
}

/** A curator's decision on a proposed term. */
export async function decideTerm(
  context: RequestContext,
  globalId: string,
  version: number,
  status: 'APPROVED' | 'REJECTED',
): Promise<Term> {
  const id = expectGlobalId(globalId, 'Term', 'id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'term', id, 'term');
    if (before.status !== 'PROPOSED')
      throw new BadInputError('id', `Only a PROPOSED term can be decided; this one is ${String(before.status)}.`);
    await updateVersioned(manager, {
      table: 'term',
      entityType: 'Term',
      id,
      version,
      changes: { status },
      actorUserId: viewer.userId,
      before,
    });
    return loadTermRow(manager, id);
  });
}

/**
 * Deprecates a term in favour of a replacement and moves everything that used it — capabilities,
 * their application areas, needs, community tags, narrower terms — so that nothing is lost. A merge
 * does the same and keeps the old labels as synonyms of the replacement.
 */
export async function replaceTerm(
  context: RequestContext,
  args: { id: string; version: number; replacement: string; merge: boolean },
): Promise<Term> {
  const id = expectGlobalId(args.id, 'Term', 'id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'term', id, 'term');
    if (before.status !== 'APPROVED')
      throw new BadInputError('id', `Only an APPROVED term can be replaced; this one is ${String(before.status)}.`);
    const [target] = (await manager.query(`SELECT id, facet, status, version, synonyms FROM term WHERE code = $1 FOR UPDATE`, [
      args.replacement,
    ])) as { id: number; facet: string; status: string; version: number; synonyms: string[] }[];
    if (!target) throw new BadInputError('replacement', `No term has the code "${args.replacement.slice(0, 100)}".`);
    if (target.id === id) throw new BadInputError('replacement', 'A term cannot replace itself.');
    if (target.facet !== before.facet) throw new BadInputError('replacement', `The replacement must be a ${String(before.facet)} term.`);
    if (target.status !== 'APPROVED') throw new BadInputError('replacement', `The replacement is ${target.status}.`);
    const [cycle] = (await manager.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM term WHERE id = $1 UNION ALL SELECT t.id, t.parent_id FROM term t JOIN up ON t.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2`,
      [target.id, id],
    )) as unknown[];
    if (cycle) throw new BadInputError('replacement', 'The replacement is narrower than the term it replaces.');
    const moved = await moveUsage(manager, id, target.id);
    if (args.merge) {
      const labels = Object.values(before.labels as Record<string, string>);
      const synonyms = [...new Set([...target.synonyms, ...labels, ...((before.synonyms as string[]) ?? [])])];
      await updateVersioned(manager, {
        table: 'term',
        entityType: 'Term',
        id: target.id,
        version: target.version,
        changes: { synonyms },
        actorUserId: viewer.userId,
      });
    }
    const after = await updateVersioned(manager, {
      table: 'term',
      entityType: 'Term',
      id,
      version: args.version,
      changes: { status: 'DEPRECATED', replaced_by_id: target.id },
      actorUserId: viewer.userId,
      before,
    });
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'Term',
      entityId: id,
      action: 'UPDATE',
      before: null,
      after: { movedTo: args.replacement, merged: args.merge, moved, version: after.version },
    });
    return loadTermRow(manager, id);
  });
}

async function moveUsage(manager: EntityManager, from: number, to: number): Promise<Record<string, number[]>> {
  const ids = async (sql: string): Promise<number[]> => {
    const result = (await manager.query(sql, [from, to])) as unknown;
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: number }[];
    return rows.map((r) => r.id);
  };
  return {
    capabilities: await ids(
      `UPDATE capability SET technology_id = CASE WHEN technology_id = $1 THEN $2 ELSE technology_id END,
              stage_id = CASE WHEN stage_id = $1 THEN $2 ELSE stage_id END, version = version + 1, updated_at = now()
        WHERE technology_id = $1 OR stage_id = $1 RETURNING id`,
    ),
    capabilityApplications: await ids(
      `WITH gone AS (DELETE FROM capability_application WHERE application_id = $1 RETURNING capability_id)
       INSERT INTO capability_application (capability_id, application_id) SELECT capability_id, $2 FROM gone
       ON CONFLICT DO NOTHING RETURNING capability_id AS id`,
    ),
    needs: await ids(
      `UPDATE need SET technology_id = CASE WHEN technology_id = $1 THEN $2 ELSE technology_id END,
              stage_id = CASE WHEN stage_id = $1 THEN $2 ELSE stage_id END, version = version + 1, updated_at = now()
        WHERE technology_id = $1 OR stage_id = $1 RETURNING id`,
    ),
    communities: await ids(
      `WITH gone AS (DELETE FROM community_term WHERE term_id = $1 RETURNING community_id)
       INSERT INTO community_term (community_id, term_id) SELECT community_id, $2 FROM gone ON CONFLICT DO NOTHING RETURNING community_id AS id`,
    ),
    narrowerTerms: await ids(`UPDATE term SET parent_id = $2, version = version + 1, updated_at = now() WHERE parent_id = $1 RETURNING id`),
  };
}

export async function publishSchemeRelease(context: RequestContext, version: string, notes: string) {
  const viewer = requireViewer(context);
  return withConstraints({ scheme_release_version_key: ['version', `Release ${version} exists already; pick a new version.`] }, () =>
    context.db.transaction(async (manager) => {
      const [latest] = (await manager.query(
        `SELECT version FROM scheme_release ORDER BY string_to_array(version, '.')::int[] DESC LIMIT 1`,
      )) as { version: string }[];
      if (latest && compareSemver(version, latest.version) <= 0) {
        throw new BadInputError('version', `The version must be greater than the latest release, ${latest.version}.`);
      }
      const rows = (await manager.query(
        `INSERT INTO scheme_release (version, notes, snapshot, term_count, published_by_user_id)
         SELECT $1, $2, coalesce(jsonb_agg(jsonb_build_object('code', t.code, 'facet', t.facet, 'parent', p.code, 'labels', t.labels) ORDER BY t.code), '[]'::jsonb),
                count(t.id), $3
           FROM term t LEFT JOIN term p ON p.id = t.parent_id WHERE t.status = 'APPROVED'
         RETURNING id, version, notes, term_count, published_at, snapshot`,
        [version, notes, viewer.userId],
      )) as { id: number }[];
      const row = rows[0];
      if (!row) throw new NotFoundError('release', version);
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'SchemeRelease',
        entityId: row.id,
        action: 'CREATE',
        before: null,
        after: { version, notes },
      });
      return row;
    }),
  );
}

function compareSemver(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
