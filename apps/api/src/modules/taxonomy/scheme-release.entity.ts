import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A frozen, published version of the classification scheme: the approved terms at that moment. */
@Entity('scheme_release')
@Unique('scheme_release_version_key', ['version'])
@Check('scheme_release_version_check', `version ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$'`)
export class SchemeReleaseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  /** The released terms, frozen: code, facet, parent code, labels, status. */
  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @Column({ type: 'integer' })
  termCount!: number;

  @Column({ type: 'integer', nullable: true })
  publishedByUserId!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;
}
