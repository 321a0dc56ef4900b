import type { EntityManager } from 'typeorm';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';

/** A live organization by global ID, optionally required to be a cluster; NOT_FOUND / BAD_USER_INPUT name the argument. */
export async function liveOrganization(
  manager: EntityManager,
  globalId: string,
  argument: string,
  mustBeCluster = false,
): Promise<{ id: number; kind: string }> {
  const id = expectGlobalId(globalId, 'Organization', argument);
  const [row] = (await manager.query(`SELECT id, kind FROM organization WHERE id = $1 AND deleted_at IS NULL`, [id])) as {
    id: number;
    kind: string;
  }[];
  if (!row) throw new NotFoundError('organization', globalId);
  if (mustBeCluster && row.kind !== 'CLUSTER') throw new BadInputError(argument, `"${argument}" must be a cluster.`);
  return row;
}
