import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A key performance indicator; computed ones are derived from the platform's own data. */
@Entity('kpi_definition')
@Check('kpi_definition_code_check', `code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class KpiDefinitionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('kpi_definition_code_key', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: 'count' })
  unit!: string;

  @Column({ type: 'boolean', default: false })
  computed!: boolean;
}
