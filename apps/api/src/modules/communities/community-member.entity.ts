import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CommunityEntity } from './community.entity';

/** An organization taking part in a community. */
@Entity('community_member')
@Index('community_member_organization_idx', ['organizationId', 'communityId'])
export class CommunityMemberEntity {
  @PrimaryColumn({ type: 'integer' })
  communityId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
