import { IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Facet } from './term.type';

@InputType({ description: 'Labels of a term; English is required, the other languages fall back to it.' })
export class LabelsInput {
  @Field(() => String, { description: 'English label (1 to 200 characters).' })
  @Length(1, 200)
  en!: string;

  @Field(() => String, { nullable: true, description: 'German label.' })
  @IsOptional()
  @Length(1, 200)
  de?: string | null;

  @Field(() => String, { nullable: true, description: 'French label.' })
  @IsOptional()
  @Length(1, 200)
  fr?: string | null;

  @Field(() => String, { nullable: true, description: 'Italian label.' })
  @IsOptional()
  @Length(1, 200)
  it?: string | null;
}

@InputType({ description: 'A term proposed for the classification scheme; a curator approves or rejects it.' })
export class ProposeTermInput {
  @Field(() => String, { description: 'Stable code: facet prefix, dot, kebab-case name, e.g. "tech.quantum-sensing".' })
  @Matches(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must look like "tech.quantum-sensing"' })
  @MaxLength(100)
  code!: string;

  @Field(() => String, { nullable: true, description: 'Code of the broader term; the new term takes its facet.' })
  @IsOptional()
  @MaxLength(100)
  parent?: string | null;

  @Field(() => Facet, { nullable: true, description: 'The facet of a root term (without parent).' })
  @IsOptional()
  facet?: Facet | null;

  @Field(() => LabelsInput, { description: 'Labels.' })
  @ValidateNested()
  labels!: LabelsInput;

  @Field(() => String, { description: 'Why the scheme needs this term (1 to 2,000 characters).' })
  @Length(1, 2000)
  reason!: string;
}
