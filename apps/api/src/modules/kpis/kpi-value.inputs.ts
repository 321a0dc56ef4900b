import { IsIn, IsNumber, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({ description: "Identifies one of a cluster's KPI values." })
export class KpiValueKeyInput {
  @Field(() => ID, { description: 'The cluster; you must manage it.' })
  clusterId!: string;

  @Field(() => String, { description: 'KPI code, e.g. "members". Computed KPIs cannot be typed in.' })
  @MaxLength(100)
  kpi!: string;

  @Field(() => String, { description: 'TARGET or MEASUREMENT.' })
  @IsIn(['TARGET', 'MEASUREMENT'])
  kind!: 'TARGET' | 'MEASUREMENT';

  @Field(() => String, { description: 'Period: "2025", "2025-Q2" or "2025-06".' })
  @Matches(/^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: 'must be a year, quarter or month such as "2025", "2025-Q2", "2025-06"' })
  period!: string;
}

@InputType({ description: "A cluster's KPI target or measurement for a period; replaces an earlier value for the same period." })
export class SetKpiValueInput extends KpiValueKeyInput {
  @Field(() => Float, { description: 'The value, in the unit of the KPI (0 to 1e12).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  value!: number;
}
