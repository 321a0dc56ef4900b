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

export const NEED_KINDS = ['PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** What an organization looks for. */
@Entity('need')
@Check('need_kind_check', `kind IN ('PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS')`)
@Check('need_status_check', `status IN ('OPEN', 'CLOSED')`)
@Check('need_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('need_description_check', `length(description) <= 5000`)
@Index('need_technology_idx', ['technologyId'], { where: `status = 'OPEN'` })
export class NeedEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('need_organization_id_idx')
  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  kind!: NeedKind;

  @Column({ type: 'integer', nullable: true })
  technologyId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technology_id' })
  technology?: TermEntity | null;

  @Column({ type: 'integer', nullable: true })
  stageId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: TermEntity | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: 'OPEN' | 'CLOSED';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
