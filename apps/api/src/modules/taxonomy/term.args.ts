import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { Facet, TermStatus } from './term.type';

@ArgsType()
export class TermsArgs extends PageArgs {
  @Field(() => Facet, { nullable: true, description: 'Only terms of this facet.' })
  facet?: Facet | null;

  @Field(() => String, { nullable: true, description: 'Only the direct children of the term with this code.' })
  parent?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only root terms (no parent).' })
  rootsOnly?: boolean;

  @Field(() => [TermStatus], { nullable: true, description: 'Only terms with these statuses; defaults to APPROVED.' })
  statuses?: TermStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text found in a label (any of the four languages), a synonym or the code; accents ignored.',
  })
  search?: string | null;
}
