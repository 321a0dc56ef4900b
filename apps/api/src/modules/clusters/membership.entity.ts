import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

/** An organization's membership of a cluster (itself an organization of kind CLUSTER). */
@Entity('membership')
@Check('membership_not_self_check', `organization_id <> cluster_id`)
@Check('membership_status_check', `status IN ('INVITED', 'ACTIVE')`)
@Index('membership_cluster_id_idx', ['clusterId', 'organizationId'])
export class MembershipEntity {
  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @PrimaryColumn({ type: 'integer' })
  clusterId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: OrganizationEntity;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  /** An invitation becomes ACTIVE when the organization accepts it. */
  @Column({ type: 'text', default: 'ACTIVE' })
  status!: 'INVITED' | 'ACTIVE';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
