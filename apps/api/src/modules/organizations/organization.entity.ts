import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const ORGANIZATION_KINDS = [
  'CLUSTER',
  'SME',
  'LARGE_COMPANY',
  'RESEARCH_ORGANIZATION',
  'UNIVERSITY',
  'INVESTOR',
  'PUBLIC_BODY',
  'SYSTEM_INTEGRATOR',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const SIZE_BANDS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

@Entity('organization')
@Check(
  'organization_kind_check',
  `kind IN ('CLUSTER', 'SME', 'LARGE_COMPANY', 'RESEARCH_ORGANIZATION', 'UNIVERSITY', 'INVESTOR', 'PUBLIC_BODY', 'SYSTEM_INTEGRATOR')`,
)
@Check('organization_size_band_check', `size_band IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')`)
@Check('organization_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('organization_region_check', `region ~ '^[A-Z]{2}[A-Z0-9]{0,3}$'`)
@Check('organization_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('organization_name_check', `length(btrim(name)) BETWEEN 1 AND 300`)
@Check('organization_founded_year_check', `founded_year BETWEEN 1800 AND 2100`)
@Check('organization_latitude_check', `latitude BETWEEN -90 AND 90`)
@Check('organization_longitude_check', `longitude BETWEEN -180 AND 180`)
@Index('organization_name_id_idx', ['name', 'id'])
@Index('organization_created_at_id_idx', ['createdAt', 'id'])
@Index('organization_country_kind_idx', ['country', 'kind'])
@Index('organization_country_id_idx', ['country', 'id'])
// GIN indexes created by the search migrations (TypeORM cannot declare GIN); it must leave them alone.
@Index('organization_search_idx', { synchronize: false })
@Index('organization_name_trgm_idx', { synchronize: false })
export class OrganizationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('organization_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('organization_kind_idx')
  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Column({ type: 'text' })
  country!: string;

  @Index('organization_region_idx')
  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Lower-cased host of the website without "www.", used to match imports to existing organizations. */
  @Index('organization_website_domain_idx')
  @Column({ type: 'text', nullable: true })
  websiteDomain!: string | null;

  @Column({ type: 'text', nullable: true })
  sizeBand!: SizeBand | null;

  @Column({ type: 'integer', nullable: true })
  foundedYear!: number | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: false })
  verified!: boolean;

  /** Identifiers in other registries (e.g. {"vat": "DE123", "pic": "999"}). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  externalIds!: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Soft delete: an admin can undo it. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  /**
   * The full-text vector, stored so that ranking by relevance reads it instead of recomputing it
   * for every candidate row; PostgreSQL keeps it up to date (GIN index organization_search_idx).
   */
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: 'public.organization_search_vector(name, city, description)',
    select: false,
    insert: false,
    update: false,
  })
  searchVector!: string;

  /** The name accent-folded and lower-cased, stored for the typo-tolerant trigram match (GIN index organization_name_trgm_idx). */
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'public.lb_fold(name)',
    select: false,
    insert: false,
    update: false,
  })
  nameFolded!: string;
}
