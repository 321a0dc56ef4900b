import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';

/** A regulation, standard or certification that products must meet to be sold in a target country. */
@Entity('market_regulation')
@Check('market_regulation_country_check', `country ~ '^[A-Z]{2}$'`)
@Index('market_regulation_country_idx', ['country', 'applicationId'])
export class MarketRegulationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  country!: string;

  /** The application area it concerns; null for every area. */
  @Column({ type: 'integer', nullable: true })
  applicationId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity | null;

  @Column({ type: 'text' })
  title!: string;

  /** Who issues or enforces it, e.g. "FDA". */
  @Column({ type: 'text' })
  authority!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;
}
