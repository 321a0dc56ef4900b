import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept in the database so that the rate limit holds across API replicas. */
@Entity('sign_in_failure')
@Index('sign_in_failure_email_at_idx', ['email', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
