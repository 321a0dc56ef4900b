import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { LINK_STATUSES, type LinkStatus as Status } from './link.entity';

@ObjectType({ implements: Node, description: 'A thematic group of organizations across clusters.' })
export class Community implements Node {
  readonly __typename = 'Community';

  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the community.' })
  name!: string;

  @Field(() => String, { description: 'What the community is about (plain text).' })
  description!: string;

  @Field(() => Date, { description: 'When the community was created.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change; pass it back when updating.' })
  version!: number;
}

export interface CommunityRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  created_at: Date;
  version: number;
}

export const COMMUNITY_COLUMNS = 'cm.id, cm.slug, cm.name, cm.description, cm.created_at, cm.version';

export function toCommunity(row: CommunityRow): Community {
  return Object.assign(new Community(), {
    dbId: row.id,
    id: toGlobalId('Community', row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    version: row.version,
  });
}

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
