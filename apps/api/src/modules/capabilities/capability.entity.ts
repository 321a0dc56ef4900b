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
import { OrganizationEntity } from '../organizations/organization.entity';
import { TermEntity } from '../taxonomy/term.entity';

/** What an organization offers: a technology at a value-chain stage, at a readiness level. */
@Entity('capability')
@Check('capability_trl_check', `trl BETWEEN 1 AND 9`)
@Index('capability_technology_idx', ['technologyId', 'organizationId'])
@Index('capability_stage_idx', ['stageId', 'organizationId'])
export class CapabilityEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('capability_organization_id_idx')
  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'integer' })
  technologyId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technology_id' })
  technology?: TermEntity;

  @Column({ type: 'integer' })
  stageId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: TermEntity;

  @Column({ type: 'smallint' })
  trl!: number;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
