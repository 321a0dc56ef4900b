import type { EntityManager } from 'typeorm';
import type { RequestContext, Viewer } from '../../graphql/context';
import { BadInputError, DomainError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { isAdmin, requireEditor, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import type { CreateCommunityInput, UpdateCommunityInput } from './community.inputs';
import { COMMUNITY_COLUMNS, toCommunity, type Community, type CommunityRow } from './community.type';

async function loadCommunity(manager: EntityManager, id: number): Promise<Community> {
  const [row] = (await manager.query(`SELECT ${COMMUNITY_COLUMNS} FROM community cm WHERE cm.id = $1`, [id])) as CommunityRow[];
  if (!row) throw new Error(`community ${id} vanished`);
  return toCommunity(row);
}

/** Who speaks for a community: its creator, an editor of a member organization, or an admin. */
export async function requireCommunityActor(manager: EntityManager, viewer: Viewer, communityId: number, what: string): Promise<void> {
  const [row] = (await manager.query(
    `SELECT cm.created_by_user_id = $2 AS creator,
            EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = cm.id AND m.organization_id = ANY($3::int[])) AS member
       FROM community cm WHERE cm.id = $1`,
    [communityId, viewer.userId, viewer.roles.filter((r) => r.role === 'ORGANIZATION_EDITOR').map((r) => r.organizationId)],
  )) as { creator: boolean; member: boolean }[];
  if (!row) throw new NotFoundError('community', String(communityId));
  if (!isAdmin(viewer) && !row.creator && !row.member) {
    throw new DomainError('FORBIDDEN', `Only the community's creator or an editor of a member organization can ${what}.`);
  }
}

export async function createCommunity(context: RequestContext, input: CreateCommunityInput): Promise<Community> {
  const viewer = requireViewer(context);
  return withConstraints({ community_slug_key: ['input.slug', `A community with the slug "${input.slug}" exists already.`] }, () =>
    context.db.transaction(async (manager) => {
      const terms = (await manager.query(`SELECT id, code FROM term WHERE code = ANY($1::text[]) AND status = 'APPROVED'`, [
        input.terms,
      ])) as {
        id: number;
        code: string;
      }[];
      const found = new Set(terms.map((t) => t.code));
      const missing = input.terms.findIndex((code) => !found.has(code));
      if (missing >= 0)
        throw new BadInputError(`input.terms[${missing}]`, `No approved term has the code "${input.terms[missing]!.slice(0, 100)}".`);
      const after = firstReturned(
        await manager.query(
          `INSERT INTO community (slug, name, description, created_by_user_id) VALUES ($1, $2, $3, $4) RETURNING to_jsonb(community) AS row`,
          [input.slug, input.name.trim(), input.description, viewer.userId],
        ),
      );
      const id = after.id as number;
      await manager.query(`INSERT INTO community_term (community_id, term_id) SELECT $1, unnest($2::int[])`, [id, terms.map((t) => t.id)]);
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'Community',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { ...after, terms: input.terms },
      });
      return loadCommunity(manager, id);
    }),
  );
}

export async function updateCommunity(context: RequestContext, input: UpdateCommunityInput): Promise<Community> {
  const id = expectGlobalId(input.id, 'Community', 'input.id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'community', id, 'community');
    await requireCommunityActor(manager, viewer, id, 'change it');
    const changes: Record<string, unknown> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.description != null) changes.description = input.description;
    await updateVersioned(manager, {
      table: 'community',
      entityType: 'Community',
      id,
      version: input.version,
      changes,
      actorUserId: viewer.userId,
      before,
    });
    return loadCommunity(manager, id);
  });
}

/** An organization joins or leaves a community; its editors decide. */
export async function setCommunityMembership(
  context: RequestContext,
  communityGlobalId: string,
  organizationGlobalId: string,
  join: boolean,
): Promise<Community> {
  const communityId = expectGlobalId(communityGlobalId, 'Community', 'communityId');
  const organizationId = expectGlobalId(organizationGlobalId, 'Organization', 'organizationId');
  const viewer = requireEditor(context, organizationId);
  return context.db.transaction(async (manager) => {
    await lockRow(manager, 'community', communityId, 'community');
    const sql = join
      ? `INSERT INTO community_member (community_id, organization_id)
           SELECT $1, id FROM organization WHERE id = $2 AND deleted_at IS NULL ON CONFLICT DO NOTHING RETURNING organization_id`
      : `DELETE FROM community_member WHERE community_id = $1 AND organization_id = $2 RETURNING organization_id`;
    const result = (await manager.query(sql, [communityId, organizationId])) as unknown;
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
    if (rows.length === 0)
      throw new BadInputError('organizationId', join ? 'Already a member (or no such organization).' : 'Not a member of this community.');
    const entry = { communityId, organizationId };
    await writeAudit(manager, {
      actorUserId: viewer.userId,
      entityType: 'CommunityMember',
      entityId: organizationId,
      action: join ? 'CREATE' : 'DELETE',
      before: join ? null : entry,
      after: join ? entry : null,
      subject: { type: 'Community', id: communityId },
    });
    return loadCommunity(manager, communityId);
  });
}
