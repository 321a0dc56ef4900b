import { IsInt } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * The first two fields of every Update…Input: which object, and the version the caller read
 * (optimistic concurrency: the update answers CONFLICT when the object changed since).
 * `class UpdateNeedInput extends VersionedChange('Need', 'need') { … }`. type-graphql merges the
 * fields of a parent only when the parent is an input type itself; it is named after its child and
 * never appears in the schema, which lists only the types it reaches.
 */
export function VersionedChange(typeName: string, noun: string) {
  @InputType(`${typeName}VersionedChange`)
  class Change {
    @Field(() => ID, { description: `The ${noun}.` })
    id!: string;

    @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
    @IsInt()
    version!: number;
  }
  return Change;
}
