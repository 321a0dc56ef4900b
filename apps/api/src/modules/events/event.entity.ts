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

export const EVENT_KINDS = ['WORKSHOP', 'TRADE_MISSION', 'CLUSTER_EXCHANGE', 'TRADE_FAIR', 'MATCHMAKING'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A workshop, trade mission, ClusterXChange visit, fair or matchmaking session. */
@Entity('event')
@Check('event_kind_check', `kind IN ('WORKSHOP', 'TRADE_MISSION', 'CLUSTER_EXCHANGE', 'TRADE_FAIR', 'MATCHMAKING')`)
@Check('event_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('event_dates_check', `ends_on >= starts_on`)
@Check('event_country_check', `country ~ '^[A-Z]{2}$'`)
@Index('event_starts_on_id_idx', ['startsOn', 'id'])
export class EventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('event_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Index('event_organizer_idx')
  @Column({ type: 'integer', nullable: true })
  organizerId!: number | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizer_id' })
  organizer?: OrganizationEntity | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  targetCountries!: string[];

  @Column({ type: 'text', default: '' })
  outcomes!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
