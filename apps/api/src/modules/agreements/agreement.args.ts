import { ArgsType, Field } from 'type-graphql';
import { ForwardPageArgs } from '../../graphql/pagination';
import { AgreementKind } from './agreement.type';

@ArgsType()
export class AgreementsArgs extends ForwardPageArgs {
  @Field(() => AgreementKind, { nullable: true, description: 'Only agreements of this kind.' })
  kind?: AgreementKind | null;

  @Field(() => String, { nullable: true, description: 'Only agreements signed by the organization with this slug.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'Only agreements signed on or after this date (YYYY-MM-DD).' })
  signedAfter?: string | null;

  @Field(() => String, { nullable: true, description: 'Only agreements signed on or before this date (YYYY-MM-DD).' })
  signedBefore?: string | null;
}
