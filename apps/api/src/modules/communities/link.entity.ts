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
import { CommunityEntity } from './community.entity';

export const LINK_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * A bridge between two communities or between two clusters: requested by one side and accepted or
 * declined by the other. Exactly one pair of endpoints is set, according to kind.
 */
@Entity('link')
@Check('link_kind_check', `kind IN ('COMMUNITY', 'CLUSTER')`)
@Check('link_status_check', `status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')`)
@Check(
  'link_endpoints_check',
  `(kind = 'COMMUNITY' AND from_community_id IS NOT NULL AND to_community_id IS NOT NULL AND from_cluster_id IS NULL AND to_cluster_id IS NULL AND from_community_id <> to_community_id)
   OR (kind = 'CLUSTER' AND from_cluster_id IS NOT NULL AND to_cluster_id IS NOT NULL AND from_community_id IS NULL AND to_community_id IS NULL AND from_cluster_id <> to_cluster_id)`,
)
@Index('link_community_pair_key', ['fromCommunityId', 'toCommunityId'], { unique: true, where: `kind = 'COMMUNITY'` })
@Index('link_cluster_pair_key', ['fromClusterId', 'toClusterId'], { unique: true, where: `kind = 'CLUSTER'` })
@Index('link_to_community_idx', ['toCommunityId'])
@Index('link_to_cluster_idx', ['toClusterId'])
export class LinkEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  kind!: 'COMMUNITY' | 'CLUSTER';

  @Column({ type: 'integer', nullable: true })
  fromCommunityId!: number | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_community_id' })
  fromCommunity?: CommunityEntity | null;

  @Column({ type: 'integer', nullable: true })
  toCommunityId!: number | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_community_id' })
  toCommunity?: CommunityEntity | null;

  @Column({ type: 'integer', nullable: true })
  fromClusterId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_cluster_id' })
  fromCluster?: OrganizationEntity | null;

  @Column({ type: 'integer', nullable: true })
  toClusterId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_cluster_id' })
  toCluster?: OrganizationEntity | null;

  @Column({ type: 'text', default: 'REQUESTED' })
  status!: LinkStatus;

  @Column({ type: 'text', default: '' })
  message!: string;

  @Column({ type: 'integer', nullable: true })
  requestedByUserId!: number | null;

  @Column({ type: 'integer', nullable: true })
  decidedByUserId!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
