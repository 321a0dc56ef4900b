import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { EventEntity } from './event.entity';

/** An organization taking part in an event. */
@Entity('event_participant')
@Check('event_participant_role_check', `role IN ('ORGANIZER', 'PARTICIPANT', 'HOST')`)
@Index('event_participant_organization_idx', ['organizationId', 'eventId'])
export class EventParticipantEntity {
  @PrimaryColumn({ type: 'integer' })
  eventId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: 'PARTICIPANT' })
  role!: 'ORGANIZER' | 'PARTICIPANT' | 'HOST';

  @Column({ type: 'text', default: '' })
  outcome!: string;
}
