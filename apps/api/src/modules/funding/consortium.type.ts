import { Field, Int, ObjectType } from 'type-graphql';
import { Country } from '../geography/country.type';

@ObjectType({
  description:
    'A consortium proposed among the members interested in a call: together they meet as many of its topics as they can and cover the countries its rule asks for.',
})
export class ConsortiumProposal {
  memberDbIds!: number[];
  coveredTopicDbIds!: number[];
  missingTopicDbIds!: number[];

  @Field(() => [Country], { description: 'The countries of the members (a short list).' })
  countries!: Country[];

  @Field(() => Boolean, { description: "Whether the members cover as many different countries as the call's minCountries." })
  meetsCountryRule!: boolean;

  @Field(() => Int, { description: 'How strong the grouping is (topics met, countries needed, complementarity); docs/funding.md.' })
  score!: number;
}
