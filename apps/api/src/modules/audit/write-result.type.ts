import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/node-id';

@ObjectType({ description: 'What a write changed: the global ID of the record (fetch it with `node`) and its new version.' })
export class WriteResult {
  @Field(() => ID, { description: 'Global ID of the record written.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Its version after the write; null for records without a version.' })
  version!: number | null;
}

export function writeResult(type: string, id: number, version: unknown = null): WriteResult {
  return { id: toGlobalId(type, id), version: typeof version === 'number' ? version : null };
}
