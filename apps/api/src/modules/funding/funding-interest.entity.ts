import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { FundingCallEntity } from './funding-call.entity';

/** An organization's interest in applying to a funding call, possibly in a consortium. */
@Entity('funding_interest')
@Index('funding_interest_organization_idx', ['organizationId', 'callId'])
export class FundingInterestEntity {
  @PrimaryColumn({ type: 'integer' })
  callId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => FundingCallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: FundingCallEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** What the organization would bring or is looking for (plain text, may be empty). */
  @Column({ type: 'text', default: '' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  expressedAt!: Date;
}
