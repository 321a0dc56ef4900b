import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';

@ObjectType({
  implements: Node,
  description: 'What an organization offers: a technology at a value-chain stage for application areas, at a readiness level.',
})
export class Capability implements Node {
  readonly __typename = 'Capability';

  dbId!: number;
  organizationDbId!: number;
  technologyDbId!: number;
  stageDbId!: number;
  /** Application-area term ids, when the statement that listed this capability brought them. */
  applicationDbIds?: number[];

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => Int, { description: 'Technology readiness level, 1 (basic principles) to 9 (proven in operation).' })
  trl!: number;

  @Field(() => String, { nullable: true, description: 'Evidence of the capability: a project, product, certification or publication.' })
  evidence!: string | null;

  @Field(() => Int, { description: 'Version, incremented by every change; pass it back when updating.' })
  version!: number;
}

export interface CapabilityRow {
  id: number;
  organization_id: number;
  technology_id: number;
  stage_id: number;
  trl: number;
  evidence: string | null;
  version: number;
}

export const CAPABILITY_COLUMNS = 'c.id, c.organization_id, c.technology_id, c.stage_id, c.trl, c.evidence, c.version';

export function toCapability(row: CapabilityRow & { application_ids?: number[] }): Capability {
  return Object.assign(new Capability(), {
    applicationDbIds: row.application_ids,
    dbId: row.id,
    organizationDbId: row.organization_id,
    technologyDbId: row.technology_id,
    stageDbId: row.stage_id,
    id: toGlobalId('Capability', row.id),
    trl: row.trl,
    evidence: row.evidence,
    version: row.version,
  });
}
