import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TermEntity } from '../taxonomy/term.entity';
import { CommunityEntity } from './community.entity';

/** A classification term that a community is tagged with. */
@Entity('community_term')
@Index('community_term_term_idx', ['termId', 'communityId'])
export class CommunityTermEntity {
  @PrimaryColumn({ type: 'integer' })
  communityId!: number;

  @PrimaryColumn({ type: 'integer' })
  termId!: number;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => TermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
}
