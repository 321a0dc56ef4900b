import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { MARKET_CONTACT_KINDS, type MarketContactKind as Kind } from './market-contact.entity';

export const MarketContactKind = Object.fromEntries(MARKET_CONTACT_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(MarketContactKind, {
  name: 'MarketContactKind',
  description: 'What a contact in a target market offers.',
  valuesConfig: {
    CLUSTER: { description: 'A partner cluster of the country.' },
    SOFT_LANDING: { description: 'A soft-landing service: desk space, introductions, legal and tax set-up.' },
    TRADE_AGENCY: { description: 'A trade or investment agency, or an EU business centre.' },
    RESEARCH: { description: 'A research organization open to joint projects.' },
    INDUSTRY_ASSOCIATION: { description: 'An industry association or standards body.' },
  },
});

@ObjectType({ description: 'A contact point in a target market.' })
export class MarketContact {
  organizationDbId!: number | null;

  @Field(() => MarketContactKind, { description: 'What the contact offers.' })
  kind!: Kind;

  @Field(() => String, { description: 'Name of the organization or office.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  url!: string | null;

  @Field(() => String, { description: 'What to ask them for (plain text).' })
  note!: string;
}

@ObjectType({ description: 'A regulation, standard or certification that products must meet in a target market.' })
export class MarketRegulation {
  @Field(() => String, { description: 'Title, e.g. "FDA 510(k) premarket notification".' })
  title!: string;

  @Field(() => String, { description: 'Who issues or enforces it.' })
  authority!: string;

  @Field(() => String, { description: 'What it asks for (plain text).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Where it is published.' })
  url!: string | null;
}

@ObjectType({ description: 'An edition of a trade fair in a target market.' })
export class TradeFair {
  @Field(() => String, { description: 'Name of the fair.' })
  name!: string;

  @Field(() => String, { description: 'City where it is held.' })
  city!: string;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  url!: string | null;
}
