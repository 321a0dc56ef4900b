import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from './user.entity';

/** A key for third-party access to the API; only its hash is stored. */
@Entity('api_key')
@Check('api_key_scope_check', `scope IN ('READ', 'READ_WRITE')`)
@Check('api_key_rate_limit_check', `hourly_budget BETWEEN 1 AND 10000000`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** The first characters of the key, shown to its owner to tell keys apart. */
  @Column({ type: 'text' })
  prefix!: string;

  @Index('api_key_hash_key', { unique: true })
  @Column({ type: 'text' })
  keyHash!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('api_key_organization_idx')
  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'integer' })
  createdByUserId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @Column({ type: 'text', default: 'READ' })
  scope!: 'READ' | 'READ_WRITE';

  /** Browser origins allowed to use the key (CORS is answered per key); empty: server-side use only. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  allowedOrigins!: string[];

  @Column({ type: 'integer', default: 5000 })
  hourlyBudget!: number;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
