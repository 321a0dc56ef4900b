import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';
import { FundingCallEntity } from './funding-call.entity';

/** A topic of a funding call, as a term of the classification scheme (any facet). */
@Entity('funding_call_topic')
@Index('funding_call_topic_term_idx', ['termId', 'callId'])
export class FundingCallTopicEntity {
  @PrimaryColumn({ type: 'integer' })
  callId!: number;

  @PrimaryColumn({ type: 'integer' })
  termId!: number;

  @ManyToOne(() => FundingCallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: FundingCallEntity;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
}
