import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

export const ROADMAP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** A joint action of a cluster's roadmap (a mission, a matchmaking programme, a joint call ...). */
@Entity('roadmap_action')
@Check('roadmap_action_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('roadmap_action_status_check', `status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`)
@Check('roadmap_action_dates_check', `ends_on >= starts_on`)
@Check('roadmap_action_progress_check', `progress BETWEEN 0 AND 100`)
@Check('roadmap_action_budget_check', `budget_eur IS NULL OR budget_eur >= 0`)
@Check('roadmap_action_done_check', `(status = 'DONE') = (completed_on IS NOT NULL)`)
@Index('roadmap_action_starts_on_id_idx', ['startsOn', 'id'])
export class RoadmapActionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('roadmap_action_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('roadmap_action_owner_idx')
  @Column({ type: 'integer' })
  ownerClusterId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_cluster_id' })
  ownerCluster?: OrganizationEntity;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status!: RoadmapStatus;

  /** Percent done, 0 to 100, as last reported. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  /** The day it was reported done; set exactly when the status is DONE. */
  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'bigint', nullable: true })
  budgetEur!: string | null;

  /** Markets the action addresses (ISO 3166-1 alpha-2). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  targetCountries!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
