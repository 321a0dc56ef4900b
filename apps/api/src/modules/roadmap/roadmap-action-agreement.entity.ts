import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity';
import { RoadmapActionEntity } from './roadmap-action.entity';

/** An agreement (MoU, partnership agreement) a roadmap action implements or prepares. */
@Entity('roadmap_action_agreement')
@Index('roadmap_action_agreement_agreement_idx', ['agreementId', 'actionId'])
export class RoadmapActionAgreementEntity {
  @PrimaryColumn({ type: 'integer' })
  actionId!: number;

  @PrimaryColumn({ type: 'integer' })
  agreementId!: number;

  @ManyToOne(() => RoadmapActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: RoadmapActionEntity;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;
}
