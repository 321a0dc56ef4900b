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

export type LocalizedText = Record<'en' | 'de' | 'fr' | 'it', string>;

@Entity('term')
@Check('term_facet_check', `facet IN ('TECHNOLOGY', 'APPLICATION', 'STAGE')`)
@Check('term_status_check', `status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'DEPRECATED')`)
@Check('term_code_check', `code ~ '^[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('term_not_own_parent_check', `parent_id IS NULL OR parent_id <> id`)
@Check('term_deprecated_replacement_check', `status <> 'DEPRECATED' OR replaced_by_id IS NOT NULL`)
@Check('term_labels_check', `labels ? 'en'`)
@Index('term_search_idx', { synchronize: false })
export class TermEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('term_code_key', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  facet!: 'TECHNOLOGY' | 'APPLICATION' | 'STAGE';

  @Index('term_parent_id_idx')
  @Column({ type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: TermEntity | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ type: 'jsonb' })
  labels!: LocalizedText;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  descriptions!: Partial<LocalizedText>;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  synonyms!: string[];

  @Index('term_status_idx')
  @Column({ type: 'text', default: 'APPROVED' })
  status!: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'DEPRECATED';

  @Column({ type: 'integer', nullable: true })
  replacedById!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: TermEntity | null;

  @Column({ type: 'text', nullable: true })
  proposalReason!: string | null;

  @Column({ type: 'integer', nullable: true })
  proposedByUserId!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
