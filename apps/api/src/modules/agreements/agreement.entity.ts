import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A memorandum of understanding or partnership agreement between clusters. */
@Entity('agreement')
@Check('agreement_kind_check', `kind IN ('MOU', 'PARTNERSHIP_AGREEMENT')`)
@Check('agreement_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('agreement_dates_check', `valid_until IS NULL OR valid_until >= signed_on`)
@Index('agreement_signed_on_id_idx', ['signedOn', 'id'])
export class AgreementEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('agreement_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: 'MOU' | 'PARTNERSHIP_AGREEMENT';

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  signedOn!: string;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'text', default: '' })
  scope!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
