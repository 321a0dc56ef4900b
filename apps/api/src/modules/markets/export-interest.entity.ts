import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { TermEntity } from '../taxonomy/term.entity';

/** An organization's interest in exporting to a country, optionally for one application area. */
@Entity('export_interest')
@Check('export_interest_country_check', `country ~ '^[A-Z]{2}$'`)
@Index('export_interest_organization_idx', ['organizationId'])
@Index('export_interest_country_idx', ['country', 'applicationId'])
@Index('export_interest_unique_key', ['organizationId', 'country', 'applicationId'], { unique: true })
export class ExportInterestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'integer', nullable: true })
  applicationId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity | null;
}
