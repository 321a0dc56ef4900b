import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';

/** A country's market potential for an application area. */
@Entity('target_market')
@Unique('target_market_country_application_key', ['country', 'applicationId'])
@Check('target_market_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('target_market_potential_check', `potential BETWEEN 0 AND 100`)
export class TargetMarketEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'integer' })
  applicationId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity;

  @Column({ type: 'smallint' })
  potential!: number;

  @Column({ type: 'text', default: '' })
  rationale!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sources!: string[];
}
