import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A thematic group across clusters. */
@Entity('community')
@Check('community_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('community_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
@Index('community_search_idx', { synchronize: false })
@Index('community_name_trgm_idx', { synchronize: false })
export class CommunityEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('community_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer', nullable: true })
  createdByUserId!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
