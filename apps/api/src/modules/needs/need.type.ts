import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { NEED_KINDS, type NeedKind as Kind } from './need.entity';

export const NeedKind = Object.fromEntries(NEED_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(NeedKind, {
  name: 'NeedKind',
  description: 'What an organization looks for.',
  valuesConfig: {
    PARTNER: { description: 'A partner for a technology or a value-chain stage.' },
    MARKET_ACCESS: { description: 'Access to a market in a country.' },
    FUNDING: { description: 'Funding or investment.' },
    SKILLS: { description: 'Skills or staff in a technology.' },
  },
});

export enum NeedStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Whether a need is still looked for.',
  valuesConfig: { OPEN: { description: 'Still looked for.' }, CLOSED: { description: 'Met or withdrawn.' } },
});

@ObjectType({ implements: Node, description: 'Something an organization looks for: a partner, market access, funding or skills.' })
export class Need implements Node {
  readonly __typename = 'Need';

  dbId!: number;
  organizationDbId!: number;
  technologyDbId!: number | null;
  stageDbId!: number | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => NeedKind, { description: 'Kind of need.' })
  kind!: Kind;

  @Field(() => String, { nullable: true, description: 'Country of a market-access need (ISO 3166-1 alpha-2).' })
  country!: string | null;

  @Field(() => String, { description: 'What is needed, in the words of the organization.' })
  description!: string;

  @Field(() => NeedStatus, { description: 'Open or closed.' })
  status!: NeedStatus;

  @Field(() => Date, { description: 'When the need was published.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change; pass it back when updating.' })
  version!: number;
}

export interface NeedRow {
  id: number;
  organization_id: number;
  kind: Kind;
  technology_id: number | null;
  stage_id: number | null;
  country: string | null;
  description: string;
  status: NeedStatus;
  created_at: Date;
  version: number;
}

export const NEED_COLUMNS =
  'n.id, n.organization_id, n.kind, n.technology_id, n.stage_id, n.country, n.description, n.status, n.created_at, n.version';

export function toNeed(row: NeedRow): Need {
  return Object.assign(new Need(), {
    dbId: row.id,
    organizationDbId: row.organization_id,
    technologyDbId: row.technology_id,
    stageDbId: row.stage_id,
    id: toGlobalId('Need', row.id),
    kind: row.kind,
    country: row.country,
    description: row.description,
    status: row.status,
    createdAt: row.created_at,
    version: row.version,
  });
}
