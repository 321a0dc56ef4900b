import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Country, toCountry } from '../geography/country.type';
import type { FundingFitReasonKind as Kind } from './funding-fit';

@ObjectType({ implements: Node, description: 'A call for proposals of a funding programme, with its topics and eligibility.' })
export class FundingCall implements Node {
  readonly __typename = 'FundingCall';

  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => String, { description: 'The funding programme, e.g. "Horizon Europe" or "Single Market Programme (COSME)".' })
  programme!: string;

  @Field(() => String, { description: "The programme's own identifier of the call or topic." })
  identifier!: string;

  @Field(() => String, { description: 'Title of the call.' })
  title!: string;

  @Field(() => String, { description: 'What the call funds (plain text).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Opening date (YYYY-MM-DD), when known.' })
  opensOn!: string | null;

  @Field(() => String, { description: 'Deadline for proposals (YYYY-MM-DD).' })
  deadline!: string;

  @Field(() => String, { description: 'Where the call is published.' })
  url!: string;

  @Field(() => Float, { nullable: true, description: 'Indicative budget of the call in euros, when published.' })
  budgetEur!: number | null;

  @Field(() => [Country], {
    description: 'Countries whose organizations may apply, a bounded list (at most one per country); empty means any country.',
  })
  eligibleCountries!: Country[];

  @Field(() => Int, { description: 'How many different eligible countries a consortium must cover (1: single applicants may apply).' })
  minCountries!: number;

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;
}

export const FundingFitReasonKind = {
  TECHNOLOGY_TOPIC: 'TECHNOLOGY_TOPIC',
  APPLICATION_TOPIC: 'APPLICATION_TOPIC',
  STAGE_TOPIC: 'STAGE_TOPIC',
  NEEDED_TECHNOLOGY: 'NEEDED_TECHNOLOGY',
  FUNDING_NEED: 'FUNDING_NEED',
} as const satisfies { [K in Kind]: K };

registerEnumType(FundingFitReasonKind, {
  name: 'FundingFitReasonKind',
  description: 'Why a funding call fits an organization; docs/funding.md gives the points of each.',
  valuesConfig: {
    TECHNOLOGY_TOPIC: { description: 'It offers a technology the call is about (the topic or a descendant).' },
    APPLICATION_TOPIC: { description: 'Its capabilities serve an application area the call is about.' },
    STAGE_TOPIC: { description: 'It works at a value-chain stage the call names.' },
    NEEDED_TECHNOLOGY: { description: 'The call funds a technology it looks for in an open need.' },
    FUNDING_NEED: { description: 'It has an open funding need.' },
  },
});

@ObjectType({ description: 'One reason a call fits, with its points.' })
export class FundingFitReason {
  @Field(() => FundingFitReasonKind, { description: 'Kind of reason.' })
  kind!: Kind;

  @Field(() => Int, { description: 'Points this reason adds to the score.' })
  points!: number;

  @Field(() => String, { description: 'The reason in words, naming the terms.' })
  explanation!: string;

  termIds!: number[];
}

@ObjectType({ description: 'A funding call that fits an organization, with its score and the reasons that make it up.' })
export class FundingFit {
  @Field(() => FundingCall, { description: 'The call.' })
  call!: FundingCall;

  @Field(() => Int, { description: 'The score: the sum of the points of the reasons.' })
  score!: number;

  @Field(() => [FundingFitReason], { description: 'The reasons (a short list).' })
  reasons!: FundingFitReason[];
}

@ObjectType({ description: "An organization's interest in applying to a funding call." })
export class FundingInterest {
  callDbId!: number;
  organizationDbId!: number;

  @Field(() => String, { description: 'What the organization would bring or looks for (plain text, may be empty).' })
  note!: string;

  @Field(() => Date, { description: 'When the interest was expressed.' })
  expressedAt!: Date;
}

export interface FundingCallRow {
  id: number;
  slug: string;
  programme: string;
  identifier: string;
  title: string;
  summary: string;
  opens_on: string | null;
  deadline: string;
  url: string;
  budget_eur: string | null;
  eligible_countries: string[];
  min_countries: number;
  version: number;
}

/** Dates as text, so that no time zone shifts them. */
export const FUNDING_CALL_COLUMNS =
  'f.id, f.slug, f.programme, f.identifier, f.title, f.summary, f.opens_on::text AS opens_on, f.deadline::text AS deadline, f.url, f.budget_eur, f.eligible_countries, f.min_countries, f.version';

export function toFundingCall(row: FundingCallRow): FundingCall {
  return Object.assign(new FundingCall(), {
    dbId: row.id,
    id: toGlobalId('FundingCall', row.id),
    slug: row.slug,
    programme: row.programme,
    identifier: row.identifier,
    title: row.title,
    summary: row.summary,
    opensOn: row.opens_on,
    deadline: row.deadline,
    url: row.url,
    budgetEur: row.budget_eur === null ? null : Number(row.budget_eur),
    eligibleCountries: row.eligible_countries.map(toCountry),
    minCountries: row.min_countries,
    version: row.version,
  });
}
