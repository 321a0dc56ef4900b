import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * An organization's submitted export-readiness self-assessment, with the scores computed when it
 * was submitted (by the questionnaire version it answered). The organization owns it: cluster
 * managers see it only when `shared_with_clusters` is true, and otherwise only in aggregates.
 */
@Entity('assessment')
@Check('assessment_level_check', `level IN ('STARTING', 'DEVELOPING', 'READY', 'EXPERIENCED')`)
@Check('assessment_overall_check', `overall_score >= 0 AND overall_score <= 100`)
@Index('assessment_organization_idx', ['organizationId', 'submittedAt', 'id'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'integer' })
  questionnaireVersion!: number;

  /** [{ question, option, points }] in the order given. */
  @Column({ type: 'jsonb' })
  answers!: unknown;

  /** { DIMENSION: score } */
  @Column({ type: 'jsonb' })
  dimensionScores!: unknown;

  @Column({ type: 'float8' })
  overallScore!: number;

  @Column({ type: 'text' })
  level!: string;

  /** The organization's consent to show this assessment to the managers of its clusters. */
  @Column({ type: 'boolean', default: false })
  sharedWithClusters!: boolean;

  @Column({ type: 'integer', nullable: true })
  submittedByUserId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_user_id' })
  submittedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
