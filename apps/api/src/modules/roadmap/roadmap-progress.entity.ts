import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { RoadmapActionEntity } from './roadmap-action.entity';

/** A progress report on a roadmap action: its history. */
@Entity('roadmap_progress')
@Check('roadmap_progress_progress_check', `progress BETWEEN 0 AND 100`)
@Index('roadmap_progress_action_idx', ['actionId', 'id'])
export class RoadmapProgressEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  actionId!: number;

  @ManyToOne(() => RoadmapActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: RoadmapActionEntity;

  @Column({ type: 'date' })
  reportedOn!: string;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'integer', nullable: true })
  reportedByUserId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by_user_id' })
  reportedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
