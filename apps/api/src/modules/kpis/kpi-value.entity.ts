import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { KpiDefinitionEntity } from './kpi-definition.entity';

export type KpiValueKind = 'TARGET' | 'MEASUREMENT';

/** A cluster's KPI target or measurement for one period ('2024', '2024-Q2' or '2024-06'). */
@Entity('kpi_value')
@Check('kpi_value_kind_check', `kind IN ('TARGET', 'MEASUREMENT')`)
@Check('kpi_value_period_check', `period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'`)
@Index('kpi_value_key', ['clusterId', 'kpiId', 'period', 'kind'], { unique: true })
export class KpiValueEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  clusterId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: OrganizationEntity;

  @Index('kpi_value_kpi_idx')
  @Column({ type: 'integer' })
  kpiId!: number;

  @ManyToOne(() => KpiDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kpi_id' })
  kpi?: KpiDefinitionEntity;

  @Column({ type: 'text' })
  kind!: KpiValueKind;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
