import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A published, frozen version of the classification scheme.' })
export class SchemeRelease {
  dbId!: number;

  @Field(() => String, { description: 'Semantic version, e.g. "1.2.0".' })
  version!: string;

  @Field(() => String, { description: 'Release notes.' })
  notes!: string;

  @Field(() => Int, { description: 'Number of approved terms in the release.' })
  termCount!: number;

  @Field(() => Date, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => GraphQLJSON, { description: 'The released terms as published: code, facet, parent code, labels.' })
  terms!: unknown;
}

export interface SchemeReleaseRow {
  id: number;
  version: string;
  notes: string;
  term_count: number;
  published_at: Date;
  snapshot: unknown;
}

export function toSchemeRelease(row: SchemeReleaseRow): SchemeRelease {
  return Object.assign(new SchemeRelease(), {
    dbId: row.id,
    version: row.version,
    notes: row.notes,
    termCount: row.term_count,
    publishedAt: row.published_at,
    terms: row.snapshot,
  });
}
