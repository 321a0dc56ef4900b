import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Country, toCountry } from '../geography/country.type';

@ObjectType({ implements: Node, description: "A country's market potential for an application area." })
export class TargetMarket implements Node {
  readonly __typename = 'TargetMarket';

  dbId!: number;
  applicationDbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field(() => Int, { description: 'Market potential from 0 to 100: a qualitative judgement on a scale, not a measured size.' })
  potential!: number;

  @Field(() => String, { description: 'Why the market has this potential (plain text).' })
  rationale!: string;

  @Field(() => [String], { description: 'Where the judgement comes from (a short list of references).' })
  sources!: string[];
}

@ObjectType({ description: "An organization's interest in exporting to a country, possibly for one application area." })
export class ExportInterest {
  applicationDbId!: number | null;

  @Field(() => Country, { description: 'The country it wants to export to.' })
  country!: Country;
}

export interface TargetMarketRow {
  id: number;
  country: string;
  application_id: number;
  potential: number;
  rationale: string;
  sources: string[];
}

export const TARGET_MARKET_COLUMNS = 'tm.id, tm.country, tm.application_id, tm.potential, tm.rationale, tm.sources';

export function toTargetMarket(row: TargetMarketRow): TargetMarket {
  return Object.assign(new TargetMarket(), {
    dbId: row.id,
    applicationDbId: row.application_id,
    id: toGlobalId('TargetMarket', row.id),
    country: toCountry(row.country),
    potential: row.potential,
    rationale: row.rationale,
    sources: row.sources,
  });
}
