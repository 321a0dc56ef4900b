import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AgreementEntity } from './agreement.entity';

/** An organization that signed an agreement. */
@Entity('agreement_signatory')
@Index('agreement_signatory_organization_idx', ['organizationId', 'agreementId'])
export class AgreementSignatoryEntity {
  @PrimaryColumn({ type: 'integer' })
  agreementId!: number;

  @PrimaryColumn({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The person who signed for the organization, when known. */
  @Column({ type: 'text', nullable: true })
  signedBy!: string | null;
}
