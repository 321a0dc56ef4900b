import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';

@ArgsType()
export class CoverageScopeArgs {
  @Field(() => [String], { nullable: true, description: 'Countries of the scope (ISO 3166-1 alpha-2 codes).' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NUTS regions of the scope; a code also covers the regions inside it.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Clusters of the scope (slugs); their active members are inside.' })
  clusters?: string[] | null;
}

@ArgsType()
export class ValueChainCoverageArgs extends CoverageScopeArgs {
  @Field(() => String, { description: 'The application area (term code); its descendants are included.' })
  application!: string;

  @Field(() => String, { nullable: true, description: 'Only capabilities in this technology (term code, descendants included).' })
  technology?: string | null;
}

@ArgsType()
export class ValueChainsArgs extends ForwardPageArgs {
  @Field(() => String, { nullable: true, description: 'Only chains for this application area (term code, descendants included).' })
  application?: string | null;
}
