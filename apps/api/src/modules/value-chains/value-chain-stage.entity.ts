import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';
import { ValueChainEntity } from './value-chain.entity';

/** One ordered stage of a value chain. */
@Entity('value_chain_stage')
@Unique('value_chain_stage_term_key', ['valueChainId', 'stageId'])
@Check('value_chain_stage_position_check', `position BETWEEN 1 AND 50`)
export class ValueChainStageEntity {
  @PrimaryColumn({ type: 'integer' })
  valueChainId!: number;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @ManyToOne(() => ValueChainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'value_chain_id' })
  valueChain?: ValueChainEntity;

  @Column({ type: 'integer' })
  stageId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: TermEntity;

  @Column({ type: 'text' })
  label!: string;
}
