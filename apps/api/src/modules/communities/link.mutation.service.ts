import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireManager, requireViewer } from '../accounts/auth-checker';
import { firstReturned, lockRow, updateVersioned, withConstraints, writeAudit } from '../audit/audit.service';
import { liveOrganization } from '../audit/scope';
import { writeResult, type WriteResult } from '../audit/write-result.type';
import { requireCommunityActor } from './community.mutation.service';

const DUPLICATE = {
  link_community_pair_key: ['toId', 'A link between these two was requested already.'],
  link_cluster_pair_key: ['toId', 'A link between these two was requested already.'],
} as Record<string, [string, string]>;

/** One side asks for a link; the other side accepts or declines it. */
export async function requestLink(
  context: RequestContext,
  args: { kind: 'COMMUNITY' | 'CLUSTER'; fromId: string; toId: string; message: string },
): Promise<WriteResult> {
  const viewer = requireViewer(context);
  const type = args.kind === 'COMMUNITY' ? 'Community' : 'Organization';
  const fromId = expectGlobalId(args.fromId, type, 'fromId');
  const toId = expectGlobalId(args.toId, type, 'toId');
  if (fromId === toId) throw new BadInputError('toId', 'A link joins two different sides.');
  if (args.kind === 'CLUSTER') requireManager(context, fromId);
  return withConstraints(DUPLICATE, () =>
    context.db.transaction(async (manager) => {
      if (args.kind === 'COMMUNITY') {
        await requireCommunityActor(manager, viewer, fromId, 'request a link');
        await lockRow(manager, 'community', toId, 'community');
      } else {
        await liveOrganization(manager, args.fromId, 'fromId', true);
        await liveOrganization(manager, args.toId, 'toId', true);
      }
      const [from, to] = args.kind === 'COMMUNITY' ? ['from_community_id', 'to_community_id'] : ['from_cluster_id', 'to_cluster_id'];
      const [reverse] = (await manager.query(`SELECT id FROM link WHERE kind = $1 AND ${from} = $2 AND ${to} = $3`, [
        args.kind,
        toId,
        fromId,
      ])) as unknown[];
      if (reverse) throw new BadInputError('toId', 'The other side has requested this link already; answer its request.');
      const after = firstReturned(
        await manager.query(
          `INSERT INTO link (kind, ${from}, ${to}, message, requested_by_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING to_jsonb(link) AS row`,
          [args.kind, fromId, toId, args.message, viewer.userId],
        ),
      );
      const id = after.id as number;
      await writeAudit(manager, {
        actorUserId: viewer.userId,
        entityType: 'Link',
        entityId: id,
        action: 'CREATE',
        before: null,
        after,
        subject: { type, id: fromId },
      });
      return writeResult('Link', id, after.version);
    }),
  );
}

export async function respondToLink(context: RequestContext, globalId: string, version: number, accept: boolean): Promise<WriteResult> {
  const id = expectGlobalId(globalId, 'Link', 'id');
  const viewer = requireViewer(context);
  return context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'link', id, 'link');
    if (before.kind === 'COMMUNITY') await requireCommunityActor(manager, viewer, before.to_community_id as number, 'answer this request');
    else requireManager(context, before.to_cluster_id as number);
    if (before.status !== 'REQUESTED') throw new BadInputError('id', `This request was ${String(before.status).toLowerCase()} already.`);
    const after = await updateVersioned(manager, {
      table: 'link',
      entityType: 'Link',
      id,
      version,
      changes: { status: accept ? 'ACCEPTED' : 'DECLINED', decided_by_user_id: viewer.userId, decided_at: new Date() },
      actorUserId: viewer.userId,
      before,
      subject:
        before.kind === 'COMMUNITY'
          ? { type: 'Community', id: before.to_community_id as number }
          : { type: 'Organization', id: before.to_cluster_id as number },
    });
    if (!after) throw new NotFoundError('link', globalId);
    return writeResult('Link', id, after.version);
  });
}
