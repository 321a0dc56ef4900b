import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';

/** An edition of a trade fair in a target country: the market's trade-fair calendar. */
@Entity('trade_fair')
@Check('trade_fair_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('trade_fair_dates_check', `ends_on >= starts_on`)
@Index('trade_fair_country_idx', ['country', 'startsOn'])
export class TradeFairEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  country!: string;

  /** The application area it serves best; null for fairs across areas. */
  @Column({ type: 'integer', nullable: true })
  applicationId!: number | null;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;
}
