import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from './user.entity';

export const ROLES = ['MEMBER', 'ORGANIZATION_EDITOR', 'CLUSTER_MANAGER', 'CURATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** A role held by a user; editor and manager roles are scoped to one organization or cluster. */
@Entity('role_grant')
@Check('role_grant_role_check', `role IN ('MEMBER', 'ORGANIZATION_EDITOR', 'CLUSTER_MANAGER', 'CURATOR', 'ADMIN')`)
@Check('role_grant_scope_check', `(role IN ('ORGANIZATION_EDITOR', 'CLUSTER_MANAGER')) = (organization_id IS NOT NULL)`)
@Index('role_grant_key', ['userId', 'role', 'organizationId'], { unique: true })
@Index('role_grant_organization_idx', ['organizationId'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity | null;

  @Column({ type: 'integer', nullable: true })
  grantedByUserId!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt!: Date;
}
