import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A call for proposals of a funding programme (Horizon Europe, Single Market Programme, I3 ...). */
@Entity('funding_call')
@Check('funding_call_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('funding_call_dates_check', `opens_on IS NULL OR opens_on <= deadline`)
@Check('funding_call_min_countries_check', `min_countries BETWEEN 1 AND 30`)
@Check('funding_call_budget_check', `budget_eur IS NULL OR budget_eur >= 0`)
@Check(
  'funding_call_countries_check',
  `cardinality(eligible_countries) = 0 OR array_to_string(eligible_countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$'`,
)
@Index('funding_call_deadline_id_idx', ['deadline', 'id'])
export class FundingCallEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('funding_call_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  /** The programme, e.g. "Horizon Europe". */
  @Index('funding_call_programme_idx')
  @Column({ type: 'text' })
  programme!: string;

  /** The programme's own identifier of the call or topic, e.g. "HORIZON-CL4-2027-DIGITAL-EMERGING-01-22". */
  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'date', nullable: true })
  opensOn!: string | null;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'bigint', nullable: true })
  budgetEur!: string | null;

  /** ISO 3166-1 alpha-2 codes of the countries whose organizations may apply; empty means any country. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  eligibleCountries!: string[];

  /** How many different eligible countries a consortium must cover (1 for single applicants). */
  @Column({ type: 'smallint', default: 1 })
  minCountries!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
