import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import { createAgreement, setSignatory, updateAgreement } from './agreement.mutation.service';

const AGREEMENT = { description: 'The agreement.' };
const ORGANIZATION = { description: 'The signatory organization.' };

@Resolver()
export class AgreementMutationResolver {
  @Authorized()
  @Mutation(() => WriteResult, { description: 'Records an agreement or MoU with its signatories (managers of the recording cluster).' })
  async createAgreement(
    @Arg('input', () => CreateAgreementInput, { validate: false, description: 'The agreement.' }) input: CreateAgreementInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return createAgreement(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Changes an agreement (managers of a signatory cluster). CONFLICT on a stale version.' })
  async updateAgreement(
    @Arg('input', () => UpdateAgreementInput, { validate: false, description: 'The changes.' }) input: UpdateAgreementInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return updateAgreement(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: 'Adds a signatory to an agreement, or changes who signed (managers of a signatory cluster).',
  })
  addSignatory(
    @Arg('agreementId', () => ID, AGREEMENT) agreementId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Arg('signedBy', () => String, { nullable: true, description: 'The person who signed.' }) signedBy: string | null,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    if (signedBy && signedBy.length > 200) throw new BadInputError('signedBy', 'signedBy: at most 200 characters.');
    return setSignatory(context, { agreementId, organizationId, signedBy: signedBy ?? null, remove: false });
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Removes a signatory from an agreement (managers of a signatory cluster).' })
  removeSignatory(
    @Arg('agreementId', () => ID, AGREEMENT) agreementId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return setSignatory(context, { agreementId, organizationId, signedBy: null, remove: true });
  }
}
