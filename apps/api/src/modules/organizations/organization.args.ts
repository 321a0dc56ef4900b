import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { RELEVANCE_WINDOW } from '../search/search-text';
import { OrganizationKind } from './organization.type';
import type { OrganizationKind as Kind } from './organization.entity';

export enum OrganizationSort {
  NAME = 'NAME',
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(OrganizationSort, {
  name: 'OrganizationSort',
  description: 'Order of an organization list.',
  valuesConfig: {
    NAME: { description: 'Alphabetically by name.' },
    RELEVANCE: {
      description: `Best match of \`search\` first (the default when searching), among the ${RELEVANCE_WINDOW} newest matches; totalCount counts them all.`,
    },
    NEWEST: { description: 'Most recently added first.' },
  },
});

@InputType({ description: 'Conditions an organization must meet; all given conditions apply together.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Full-text search over name, city and description; tolerant of typos and accents.' })
  search?: string | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: Kind[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these countries (ISO 3166-1 alpha-2 codes).' })
  countries?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these NUTS regions; a code also matches the regions inside it ("DE1" matches "DE11").',
  })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Members of any of these clusters (cluster slugs).' })
  clusters?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Has a capability in any of these technologies (term codes); a term includes all its descendants.',
  })
  technologies?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Has a capability for any of these application areas (term codes, descendants included).',
  })
  applications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Has a capability at any of these value-chain stages (term codes).' })
  stages?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Has a capability at this technology readiness level or higher (1-9). Technology, application, stage and TRL conditions apply to the same capability.',
  })
  minTrl?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only verified (true) or unverified (false) organizations.' })
  verified?: boolean | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Conditions on the organizations.' })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationSort, { nullable: true, description: 'Order; RELEVANCE when searching, NAME otherwise.' })
  sort?: OrganizationSort | null;
}
