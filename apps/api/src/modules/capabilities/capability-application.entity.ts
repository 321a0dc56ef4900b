import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';
import { CapabilityEntity } from './capability.entity';

/** An application area that a capability serves. */
@Entity('capability_application')
@Index('capability_application_term_idx', ['applicationId', 'capabilityId'])
export class CapabilityApplicationEntity {
  @PrimaryColumn({ type: 'integer' })
  capabilityId!: number;

  @PrimaryColumn({ type: 'integer' })
  applicationId!: number;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id' })
  capability?: CapabilityEntity;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: TermEntity;
}
