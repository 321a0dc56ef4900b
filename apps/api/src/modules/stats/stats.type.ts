import { Field, Int, ObjectType } from 'type-graphql';
import { OrganizationKind } from '../organizations/organization.type';
import type { OrganizationKind as Kind } from '../organizations/organization.entity';

@ObjectType({ description: 'The number of organizations of one kind.' })
export class OrganizationKindCount {
  @Field(() => OrganizationKind, { description: 'The kind.' })
  kind!: Kind;

  @Field(() => Int, { description: 'Number of organizations of that kind.' })
  count!: number;
}

@ObjectType({ description: "Counts for the portal's home page, taken at the time of the request." })
export class Stats {
  @Field(() => Int, { description: 'Organizations listed (all kinds).' })
  organizations!: number;

  @Field(() => [OrganizationKindCount], { description: 'Organizations per kind, most numerous first (a short list: one per kind).' })
  organizationsByKind!: OrganizationKindCount[];

  @Field(() => Int, { description: 'Cluster organizations.' })
  clusters!: number;

  @Field(() => Int, { description: 'Countries in which organizations are listed.' })
  countries!: number;

  @Field(() => Int, { description: 'Capabilities published.' })
  capabilities!: number;

  @Field(() => Int, { description: 'Needs open.' })
  openNeeds!: number;

  @Field(() => Int, { description: 'Communities.' })
  communities!: number;

  @Field(() => Int, { description: 'Accepted links between communities and between clusters.' })
  acceptedLinks!: number;

  @Field(() => Int, { description: 'Agreements signed.' })
  agreements!: number;

  @Field(() => Int, { description: 'Events of every kind, missions included.' })
  events!: number;

  @Field(() => Int, { description: 'Trade missions (events of kind TRADE_MISSION).' })
  missions!: number;
}
