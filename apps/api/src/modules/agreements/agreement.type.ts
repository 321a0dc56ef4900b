import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';

export enum AgreementKind {
  MOU = 'MOU',
  PARTNERSHIP_AGREEMENT = 'PARTNERSHIP_AGREEMENT',
}
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What kind of agreement this is.',
  valuesConfig: {
    MOU: { description: 'A memorandum of understanding.' },
    PARTNERSHIP_AGREEMENT: { description: 'A partnership agreement with legal commitments.' },
  },
});

@ObjectType({ implements: Node, description: 'A memorandum of understanding or partnership agreement signed by clusters and partners.' })
export class Agreement implements Node {
  readonly __typename = 'Agreement';

  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => AgreementKind, { description: 'Memorandum of understanding or partnership agreement.' })
  kind!: AgreementKind;

  @Field(() => String, { description: 'Title of the agreement.' })
  title!: string;

  @Field(() => String, { description: 'Date of signature (ISO 8601, YYYY-MM-DD).' })
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day of validity (YYYY-MM-DD); null when open-ended.' })
  validUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was signed.' })
  place!: string | null;

  @Field(() => String, { description: 'What the parties agree to do (plain text).' })
  scope!: string;

  @Field(() => Date, { description: 'When the agreement was recorded.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change.' })
  version!: number;
}

export interface AgreementRow {
  id: number;
  slug: string;
  kind: AgreementKind;
  title: string;
  signed_on: string;
  valid_until: string | null;
  place: string | null;
  scope: string;
  created_at: Date;
  version: number;
}

/** Dates as text, so that no time zone shifts them. */
export const AGREEMENT_COLUMNS =
  'a.id, a.slug, a.kind, a.title, a.signed_on::text AS signed_on, a.valid_until::text AS valid_until, a.place, a.scope, a.created_at, a.version';

export function toAgreement(row: AgreementRow): Agreement {
  return Object.assign(new Agreement(), {
    dbId: row.id,
    id: toGlobalId('Agreement', row.id),
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    signedOn: row.signed_on,
    validUntil: row.valid_until,
    place: row.place,
    scope: row.scope,
    createdAt: row.created_at,
    version: row.version,
  });
}
