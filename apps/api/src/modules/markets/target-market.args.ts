import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';

@ArgsType()
export class TargetMarketsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true, description: 'Only markets in this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only markets for this application area (a term code); the term includes all its descendants.',
  })
  application?: string | null;
}
