import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExternalScheme {
  NACE_REV2 = 'NACE_REV2',
  KET = 'KET',
}
registerEnumType(ExternalScheme, {
  name: 'ExternalScheme',
  description: 'External classification schemes that terms are mapped to.',
  valuesConfig: {
    NACE_REV2: { description: 'NACE Rev. 2, the statistical classification of economic activities in the EU.' },
    KET: { description: "The EU's Key Enabling Technologies." },
  },
});

export enum CrosswalkMatch {
  EXACT = 'EXACT',
  CLOSE = 'CLOSE',
  BROAD = 'BROAD',
  NARROW = 'NARROW',
  RELATED = 'RELATED',
}
registerEnumType(CrosswalkMatch, {
  name: 'CrosswalkMatch',
  description: 'How closely an external code matches a term, as the SKOS mapping properties say it.',
  valuesConfig: {
    EXACT: { description: 'The same concept (skos:exactMatch).' },
    CLOSE: { description: 'Close enough to be used instead in most cases (skos:closeMatch).' },
    BROAD: { description: 'The external code is broader than the term (skos:broadMatch).' },
    NARROW: { description: 'The external code is narrower than the term (skos:narrowMatch).' },
    RELATED: { description: 'Associated, neither broader nor narrower (skos:relatedMatch).' },
  },
});

@ObjectType({ description: "A mapping of a term to a code of an external scheme (NACE Rev. 2, the EU's Key Enabling Technologies)." })
export class Crosswalk {
  @Field(() => ExternalScheme, { description: 'The external scheme.' })
  scheme!: ExternalScheme;

  @Field(() => String, { description: 'The code in that scheme, e.g. "26.70".' })
  code!: string;

  @Field(() => String, { description: 'The official (English) title of that code.' })
  label!: string;

  @Field(() => CrosswalkMatch, { description: 'How closely the code matches the term.' })
  match!: CrosswalkMatch;
}
