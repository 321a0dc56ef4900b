import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { TermEntity } from '../taxonomy/term.entity';

export const MARKET_CONTACT_KINDS = ['CLUSTER', 'SOFT_LANDING', 'TRADE_AGENCY', 'RESEARCH', 'INDUSTRY_ASSOCIATION'] as const;
export type MarketContactKind = (typeof MARKET_CONTACT_KINDS)[number];

/** A contact point in a target country: a partner cluster, a soft-landing service, a trade agency ... */
@Entity('market_contact')
@Check('market_contact_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('market_contact_kind_check', `kind IN ('CLUSTER', 'SOFT_LANDING', 'TRADE_AGENCY', 'RESEARCH', 'INDUSTRY_ASSOCIATION')`)
@Index('market_contact_country_idx', ['country', 'applicationId'])
export class MarketContactEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  country!: string;

  /** The application area it helps with; null for every area. */
  @Column({ type: 'integer', nullable: true })
  applicationId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity | null;

  @Column({ type: 'text' })
  kind!: MarketContactKind;

  @Column({ type: 'text' })
  name!: string;

  /** The organization on the platform, when it has a profile. */
  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** What to ask them for (plain text). */
  @Column({ type: 'text', default: '' })
  note!: string;
}
