import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { keysetList } from '../../graphql/keyset-list';
import { parsePageArgs, type ForwardPageArgs } from '../../graphql/pagination';
import { Params, type KeysetSort } from '../../graphql/sql';
import type { LinksArgs } from './community.args';
import type { LinkStatus } from './link.entity';
import { LINK_COLUMNS, LinkKind, toLink, type Link, type LinkRow } from './link.type';

const NEWEST_FIRST: KeysetSort = { expression: 'l.created_at', type: 'timestamptz', direction: 'DESC', id: 'l.id' };

export function linkByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'link.byId',
    select: `SELECT ${LINK_COLUMNS} FROM link l`,
    key: 'l.id',
    type: 'int',
    toObject: toLink,
    keyOf: (l: Link) => l.dbId,
  });
}

/** Every link, newest first, optionally of one kind and status. */
export function listLinks(context: RequestContext, args: LinksArgs): Promise<ConnectionResult<Link>> {
  const page = parsePageArgs(args);
  const params = new Params();
  const where: string[] = [];
  if (args.kind) where.push(`l.kind = ${params.add(args.kind)}`);
  if (args.status) where.push(`l.status = ${params.add(args.status)}`);
  return keysetList(context, {
    from: 'link l',
    select: LINK_COLUMNS,
    where,
    params,
    sort: NEWEST_FIRST,
    page,
    toNode: (row: LinkRow) => toLink(row),
  });
}

/**
 * The links of many communities (or clusters) where each is either side, newest first, one page
 * per parent in one statement: the two directions are unioned so that each arm uses its index.
 */
export function linksByEndLoader(context: RequestContext, kind: LinkKind, status: LinkStatus | null, args: ForwardPageArgs) {
  const [from, to] = kind === LinkKind.COMMUNITY ? ['from_community_id', 'to_community_id'] : ['from_cluster_id', 'to_cluster_id'];
  return childPagesLoader(
    context,
    {
      name: `link.byEnd:${kind}:${status ?? 'ALL'}`,
      from: `(SELECT l.*, l.${from} AS end_id FROM link l WHERE l.kind = '${kind}'
              UNION ALL SELECT l.*, l.${to} AS end_id FROM link l WHERE l.kind = '${kind}') l`,
      parent: 'l.end_id',
      select: LINK_COLUMNS,
      where: (params) => (status ? [`l.status = ${params.add(status)}`] : []),
      sort: NEWEST_FIRST,
      toNode: (row: LinkRow) => toLink(row),
    },
    args,
  );
}
