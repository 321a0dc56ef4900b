import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RoadmapActionEntity } from './roadmap-action.entity';

/** A partner cluster or organization of a roadmap action. */
@Entity('roadmap_action_partner')
@Index('roadmap_action_partner_organization_idx', ['organizationId', 'actionId'])
export class RoadmapActionPartnerEntity {
  @PrimaryColumn({ type: 'integer' })
  actionId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => RoadmapActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: RoadmapActionEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
