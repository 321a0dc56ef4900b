import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { KpiDefinitionEntity } from '../kpis/kpi-definition.entity';
import { RoadmapActionEntity } from './roadmap-action.entity';

/** A KPI a roadmap action contributes to, with the amount it should deliver when done. */
@Entity('roadmap_action_kpi')
@Check('roadmap_action_kpi_contribution_check', `contribution >= 0`)
export class RoadmapActionKpiEntity {
  @PrimaryColumn({ type: 'integer' })
  actionId!: number;

  @PrimaryColumn({ type: 'integer' })
  kpiId!: number;

  @ManyToOne(() => RoadmapActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: RoadmapActionEntity;

  @ManyToOne(() => KpiDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kpi_id' })
  kpi?: KpiDefinitionEntity;

  /** In the unit of the KPI. */
  @Column({ type: 'double precision' })
  contribution!: number;
}
