import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** E-mails the platform would send (there is no mail server): kept for a mailer or an operator. */
@Entity('email_outbox')
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
