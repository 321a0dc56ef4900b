import { Arg, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../../graphql/language';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import type { LocalizedText } from './term.entity';

export enum Facet {
  TECHNOLOGY = 'TECHNOLOGY',
  APPLICATION = 'APPLICATION',
  STAGE = 'STAGE',
}
registerEnumType(Facet, {
  name: 'Facet',
  description: 'The three facets of the classification scheme.',
  valuesConfig: {
    TECHNOLOGY: { description: 'Enabling technologies (lasers, optical components, sensors ...).' },
    APPLICATION: { description: 'Application areas (advanced manufacturing, health, automotive ...).' },
    STAGE: { description: 'Value-chain stages, from materials to end use.' },
  },
});

export enum TermStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEPRECATED = 'DEPRECATED',
}
registerEnumType(TermStatus, {
  name: 'TermStatus',
  description: 'Where a term is in its curation life cycle.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by a member, awaiting a curator.' },
    APPROVED: { description: 'Part of the scheme.' },
    REJECTED: { description: 'Declined by a curator.' },
    DEPRECATED: { description: 'No longer used; see `replacedBy`.' },
  },
});

@ObjectType({ description: 'A text in each of the four languages.' })
export class LocalizedLabels {
  @Field(() => String, { description: 'English.' })
  en!: string;

  @Field(() => String, { description: 'German.' })
  de!: string;

  @Field(() => String, { description: 'French.' })
  fr!: string;

  @Field(() => String, { description: 'Italian.' })
  it!: string;
}

@ObjectType({
  implements: Node,
  description: 'A term of the classification scheme: a technology, an application area or a value-chain stage.',
})
export class Term implements Node {
  readonly __typename = 'Term';

  dbId!: number;

  parentDbId!: number | null;

  replacedByDbId!: number | null;

  labelTexts!: LocalizedText;

  descriptionTexts!: Partial<LocalizedText>;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. "tech.fibre-lasers".' })
  code!: string;

  @Field(() => Facet, { description: 'The facet this term belongs to.' })
  facet!: Facet;

  @Field(() => Int, { description: 'Order among its siblings; for stages, the order along the value chain.' })
  position!: number;

  @Field(() => TermStatus, { description: 'Curation status.' })
  status!: TermStatus;

  @Field(() => [String], { description: 'Alternative names and acronyms.' })
  synonyms!: string[];

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;

  @Field(() => LocalizedLabels, { description: 'The label in every language.' })
  labels(): LocalizedLabels {
    return fillLanguages(this.labelTexts);
  }

  @Field(() => String, { description: 'The label in one language.' })
  label(@Arg('lang', () => Language, { defaultValue: Language.EN, description: 'Language of the label.' }) lang: Language): string {
    return this.labelTexts[lang] ?? this.labelTexts.en;
  }

  @Field(() => String, { description: 'The description in one language (falls back to English).' })
  description(
    @Arg('lang', () => Language, { defaultValue: Language.EN, description: 'Language of the description.' }) lang: Language,
  ): string {
    return this.descriptionTexts[lang] ?? this.descriptionTexts.en ?? '';
  }
}

function fillLanguages(texts: Partial<LocalizedText>): LocalizedLabels {
  const en = texts.en ?? '';
  return { en, de: texts.de ?? en, fr: texts.fr ?? en, it: texts.it ?? en };
}

export interface TermRow {
  id: number;
  code: string;
  facet: Facet;
  parent_id: number | null;
  position: number;
  labels: LocalizedText;
  descriptions: Partial<LocalizedText>;
  synonyms: string[];
  status: TermStatus;
  replaced_by_id: number | null;
  version: number;
}

export const TERM_COLUMNS =
  't.id, t.code, t.facet, t.parent_id, t.position, t.labels, t.descriptions, t.synonyms, t.status, t.replaced_by_id, t.version';

export function toTerm(row: TermRow): Term {
  return Object.assign(new Term(), {
    dbId: row.id,
    parentDbId: row.parent_id,
    replacedByDbId: row.replaced_by_id,
    labelTexts: row.labels,
    descriptionTexts: row.descriptions,
    id: toGlobalId('Term', row.id),
    code: row.code,
    facet: row.facet,
    position: row.position,
    status: row.status,
    synonyms: row.synonyms,
    version: row.version,
  });
}
