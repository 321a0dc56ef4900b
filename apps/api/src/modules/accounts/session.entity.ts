import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A signed-in browser session, kept in the database so that every API replica sees it. */
@Entity('session')
export class SessionEntity {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Index('session_user_idx')
  @Column({ type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Sent back in a header by the portal on every mutation (double-submit CSRF defence). */
  @Column({ type: 'text' })
  csrfToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index('session_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
