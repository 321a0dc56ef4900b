import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Organization } from '../organizations/organization.type';
import { Community } from './community.type';
import { LINK_STATUSES, type LinkStatus as Status } from './link.entity';

export const LinkStatus = Object.fromEntries(LINK_STATUSES.map((k) => [k, k])) as { [K in Status]: K };
registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  description: 'Where a link request stands.',
  valuesConfig: {
    REQUESTED: { description: 'Requested by one side, awaiting the other.' },
    ACCEPTED: { description: 'Accepted by the other side: the two are linked.' },
    DECLINED: { description: 'Declined by the other side.' },
  },
});

export enum LinkKind {
  COMMUNITY = 'COMMUNITY',
  CLUSTER = 'CLUSTER',
}
registerEnumType(LinkKind, {
  name: 'LinkKind',
  description: 'What a link connects.',
  valuesConfig: { COMMUNITY: { description: 'Two communities.' }, CLUSTER: { description: 'Two clusters (a bridge).' } },
});

@ObjectType({
  implements: Node,
  description: 'A link between two communities or two clusters, requested by one side and answered by the other.',
})
export class Link implements Node {
  readonly __typename = 'Link';

  dbId!: number;
  fromDbId!: number;
  toDbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => LinkKind, { description: 'Whether it links communities or clusters.' })
  kind!: LinkKind;

  @Field(() => LinkStatus, { description: 'Requested, accepted or declined.' })
  status!: Status;

  @Field(() => String, { description: 'The message sent with the request.' })
  message!: string;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' })
  decidedAt!: Date | null;

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;
}

export interface LinkRow {
  id: number;
  kind: LinkKind;
  from_id: number;
  to_id: number;
  status: Status;
  message: string;
  created_at: Date;
  decided_at: Date | null;
  version: number;
}

export const LINK_COLUMNS =
  'l.id, l.kind, coalesce(l.from_community_id, l.from_cluster_id) AS from_id, coalesce(l.to_community_id, l.to_cluster_id) AS to_id, l.status, l.message, l.created_at, l.decided_at, l.version';

export function toLink(row: LinkRow): Link {
  return Object.assign(new Link(), {
    dbId: row.id,
    fromDbId: row.from_id,
    toDbId: row.to_id,
    id: toGlobalId('Link', row.id),
    kind: row.kind,
    status: row.status,
    message: row.message,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    version: row.version,
  });
}

export const LinkEnd = createUnionType({
  name: 'LinkEnd',
  description: 'One side of a link: a community (for community links) or a cluster organization (for cluster links).',
  types: () => [Community, Organization] as const,
  resolveType: (value) => (value instanceof Community ? Community : Organization),
});

@ObjectType({ description: 'A shortest chain of accepted links between two communities or two clusters.' })
export class LinkPath {
  @Field(() => [LinkEnd], { description: 'The communities or clusters along the path, in order from `from` to `to`.' })
  nodes!: (Community | Organization)[];

  @Field(() => [Link], { description: 'The links between consecutive nodes, in order; one fewer than the nodes.' })
  links!: Link[];

  @Field(() => Int, { description: 'Number of links on the path (0 when both ends are the same).' })
  length!: number;
}
