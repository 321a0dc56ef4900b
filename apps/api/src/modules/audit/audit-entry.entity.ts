import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to one record: who, when, what, and the values before and after. */
@Entity('audit_entry')
@Check('audit_entry_action_check', `action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE')`)
@Index('audit_entry_subject_idx', ['entityType', 'entityId', 'id'])
@Index('audit_entry_history_idx', ['subjectType', 'subjectId', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('audit_entry_actor_idx')
  @Column({ type: 'integer', nullable: true })
  actorUserId!: number | null;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'integer' })
  entityId!: number;

  /**
   * The record whose history shows this change: the record itself, or its owner (a capability's or
   * need's organization, a membership's organization, a community member's community).
   */
  @Column({ type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ type: 'integer', nullable: true })
  subjectId!: number | null;

  @Column({ type: 'text' })
  action!: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
