import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { Organization } from '../organizations/organization.type';

@ObjectType({ implements: Node, description: 'A key performance indicator of clusters.' })
export class KpiDefinition implements Node {
  readonly __typename = 'KpiDefinition';

  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. "smes-engaged".' })
  code!: string;

  @Field(() => String, { description: 'Name of the KPI.' })
  name!: string;

  @Field(() => String, { description: 'What is counted, and how.' })
  description!: string;

  @Field(() => String, { description: 'Unit of the values, e.g. "organisations" or "%".' })
  unit!: string;

  @Field(() => Boolean, {
    description: 'True when the platform computes the values from its own data; false when cluster managers report them.',
  })
  computed!: boolean;
}

export interface KpiDefinitionRow {
  id: number;
  code: string;
  name: string;
  description: string;
  unit: string;
  computed: boolean;
}

export function toKpiDefinition(row: KpiDefinitionRow): KpiDefinition {
  return Object.assign(new KpiDefinition(), {
    dbId: row.id,
    id: toGlobalId('KpiDefinition', row.id),
    code: row.code,
    name: row.name,
    description: row.description,
    unit: row.unit,
    computed: row.computed,
  });
}

@ObjectType({ description: "A KPI's target and value for one period." })
export class KpiPeriodValue {
  @Field(() => String, { description: 'The period: a year ("2024"), a quarter ("2024-Q2") or a month ("2024-06").' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'The target set for the period, if any.' })
  target!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The measured value: computed from the data for computed KPIs, as reported otherwise; null when not reported.',
  })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the value is computed from the platform data rather than typed in.' })
  computed!: boolean;
}

@ObjectType({ description: "A cluster's KPI with its targets and values per period." })
export class ClusterKpi {
  @Field(() => KpiDefinition, { description: 'The KPI.' })
  kpi!: KpiDefinition;

  @Field(() => [KpiPeriodValue], { description: 'Targets and values, one per period, oldest first (a short list).' })
  periods!: KpiPeriodValue[];
}

@ObjectType({ description: "A cluster's position among others on a KPI for a period." })
export class KpiBenchmarkEntry {
  @Field(() => Organization, { description: 'The cluster.' })
  cluster!: Organization;

  @Field(() => Float, { description: 'Its value for the period.' })
  value!: number;

  @Field(() => Int, { description: 'Its rank, 1 for the highest value; equal values share a rank.' })
  rank!: number;

  @Field(() => Float, { description: 'Percentage (0-100) of the compared clusters whose value is lower than or equal to this one.' })
  percentile!: number;
}
