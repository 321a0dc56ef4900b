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
import { TermEntity } from '../taxonomy/term.entity';

/** A named value chain for an application, e.g. laser-based quality inspection for automotive. */
@Entity('value_chain')
@Check('value_chain_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class ValueChainEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('value_chain_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('value_chain_application_idx')
  @Column({ type: 'integer' })
  applicationId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity;

  @Column({ type: 'integer', nullable: true })
  technologyId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technology_id' })
  technology?: TermEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
