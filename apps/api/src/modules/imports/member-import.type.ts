import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'Format of an imported member list.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values with a header row, UTF-8.' },
    JSON: { description: 'A JSON array of member objects.' },
  },
});

@InputType({ description: "A cluster's member list to import." })
export class ImportMembersInput {
  @Field(() => String, { description: 'Slug of the cluster the members belong to.' })
  cluster!: string;

  @Field(() => ImportFormat, { defaultValue: ImportFormat.CSV, description: 'Format of `content`.' })
  format!: ImportFormat;

  @Field(() => String, { description: 'The file content as text (columns: see docs/import.md). Larger files: use `pnpm import`.' })
  content!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Report problems and what would change without writing anything.' })
  dryRun!: boolean;
}

@ObjectType('ImportProblem', { description: 'A problem found in an imported file.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Data row (1 is the first row after the header); 0 for the whole file.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, when one is.' })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  reason!: string;
}

@ObjectType({ description: 'What an import did, or would do in a dry run.' })
export class ImportReport {
  @Field(() => Boolean, { description: 'This was a dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Boolean, { description: 'The data was written (all rows, in one transaction).' })
  applied!: boolean;

  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Rows without problems.' })
  validRows!: number;

  @Field(() => Int, { description: 'Organizations created (or that would be).' })
  created!: number;

  @Field(() => Int, { description: 'Existing organizations whose profile changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Existing organizations left as they were.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Memberships of the cluster added.' })
  membershipsAdded!: number;

  @Field(() => Int, { description: 'Capabilities added.' })
  capabilitiesAdded!: number;

  @Field(() => Int, { description: 'Capabilities whose TRL changed.' })
  capabilitiesUpdated!: number;

  @Field(() => [ImportProblemType], { description: 'Every problem found, by row (a bounded list: one per cell at most).' })
  problems!: ImportProblemType[];
}
