import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';

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
