import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
@Check('app_user_email_check', `email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'`)
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', default: 'en' })
  locale!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
