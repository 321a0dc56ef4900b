import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Organization } from '../organizations/organization.type';
import type { CoverageScope } from './coverage-scope';

@ObjectType({ implements: Node, description: 'A named value chain for an application area, with its ordered stages.' })
export class ValueChain implements Node {
  readonly __typename = 'ValueChain';

  dbId!: number;
  applicationDbId!: number;
  technologyDbId!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the value chain.' })
  name!: string;

  @Field(() => String, { description: 'What the value chain delivers (plain text).' })
  description!: string;
}

export interface ValueChainRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  application_id: number;
  technology_id: number | null;
}

export const VALUE_CHAIN_COLUMNS = 'v.id, v.slug, v.name, v.description, v.application_id, v.technology_id';

export function toValueChain(row: ValueChainRow): ValueChain {
  return Object.assign(new ValueChain(), {
    dbId: row.id,
    applicationDbId: row.application_id,
    technologyDbId: row.technology_id,
    id: toGlobalId('ValueChain', row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
  });
}

@ObjectType({ description: 'One stage of a stored value chain, in order.' })
export class ValueChainStage {
  stageDbId!: number;

  @Field(() => Int, { description: 'Position along the chain, from 1 (upstream) to the end use.' })
  position!: number;

  @Field(() => String, { description: 'What this stage means in this chain, e.g. "3D sensor heads and smart cameras".' })
  label!: string;
}

@ObjectType({ description: 'An organization that provides a stage: its best readiness level there and where it is.' })
export class ValueChainProvider {
  @Field(() => Organization, { description: 'The providing organization.' })
  organization!: Organization;

  @Field(() => Int, { description: 'Its highest technology readiness level (1-9) among its capabilities at this stage.' })
  bestTrl!: number;

  @Field(() => String, { description: 'Its country (ISO 3166-1 alpha-2).' })
  country!: string;
}

/** What the stage-coverage resolvers need to load a stage's counts and providers. */
export interface StageGroup {
  /** Unique within a request's scope: the chain ("adhoc" or its id) and the position. */
  key: string;
  /** A stage term and its descendants, the stage term first. */
  stageIds: number[];
  /** An application term and its descendants, the application term first. */
  applicationIds: number[];
  technologyIds: number[] | null;
}

@ObjectType({ description: 'How one stage of a value chain is covered inside the chosen scope.' })
export class StageCoverage {
  group!: StageGroup;
  scope!: CoverageScope;
  stageDbId!: number;

  @Field(() => Int, { description: 'Position along the chain, from 1 (upstream).' })
  position!: number;

  @Field(() => String, { description: "What this stage means in the chain (the stored chain's label, or the stage's English label)." })
  label!: string;

  @Field(() => Int, {
    description: 'Number of organizations inside the scope with a capability at this stage for the application (and technology).',
  })
  providerCount!: number;

  @Field(() => Int, { description: 'Number of such organizations elsewhere in Europe (outside the scope).' })
  providerCountElsewhere!: number;

  @Field(() => Boolean, { description: 'True when no organization inside the scope provides this stage.' })
  isGap!: boolean;
}

@ObjectType({ description: 'A value chain assembled from the data: its stages in order, who covers each inside a scope, and the gaps.' })
export class ValueChainCoverage {
  applicationDbId!: number;
  technologyDbId!: number | null;

  @Field(() => [StageCoverage], { description: 'The stages, in order along the chain (a short list).' })
  stages!: StageCoverage[];

  @Field(() => Int, { description: 'Number of stages that are gaps inside the scope.' })
  gapCount!: number;
}
