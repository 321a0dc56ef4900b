import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TermEntity } from './term.entity';

/** A mapping from one of our terms to a code in an external scheme (NACE Rev. 2, Key Enabling Technologies). */
@Entity('crosswalk')
@Unique('crosswalk_term_scheme_code_key', ['termId', 'scheme', 'externalCode'])
@Check('crosswalk_scheme_check', `scheme IN ('NACE_REV2', 'KET')`)
@Check('crosswalk_match_check', `match IN ('EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED')`)
export class CrosswalkEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  termId!: number;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;

  @Index('crosswalk_scheme_code_idx')
  @Column({ type: 'text' })
  scheme!: 'NACE_REV2' | 'KET';

  @Column({ type: 'text' })
  externalCode!: string;

  @Column({ type: 'text' })
  externalLabel!: string;

  @Column({ type: 'text' })
  match!: 'EXACT' | 'CLOSE' | 'BROAD' | 'NARROW' | 'RELATED';
}
