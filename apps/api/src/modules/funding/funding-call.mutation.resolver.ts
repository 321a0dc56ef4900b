import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CURATOR } from '../accounts/auth-checker';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateFundingCallInput, DeleteFundingCallInput, UpdateFundingCallInput } from './funding-call.inputs';
import { createFundingCall, deleteFundingCall, updateFundingCall } from './funding-call.mutation.service';

/** Funding calls are platform content: curators (and admins) publish and maintain them. */
@Resolver()
export class FundingCallMutationResolver {
  @Authorized(CURATOR)
  @Mutation(() => WriteResult, { description: 'Publishes a funding call with its topics (curators and admins).' })
  async createFundingCall(
    @Arg('input', () => CreateFundingCallInput, { validate: false, description: 'The call.' }) input: CreateFundingCallInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return createFundingCall(context, await validateInput(input));
  }

  @Authorized(CURATOR)
  @Mutation(() => WriteResult, { description: 'Changes a funding call (curators and admins). CONFLICT on a stale version.' })
  async updateFundingCall(
    @Arg('input', () => UpdateFundingCallInput, { validate: false, description: 'The changes.' }) input: UpdateFundingCallInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return updateFundingCall(context, await validateInput(input));
  }

  @Authorized(CURATOR)
  @Mutation(() => WriteResult, {
    description: "Deletes a funding call with its topics and members' interest in it (curators and admins). CONFLICT on a stale version.",
  })
  async deleteFundingCall(
    @Arg('input', () => DeleteFundingCallInput, { validate: false, description: 'The call.' }) input: DeleteFundingCallInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return deleteFundingCall(context, await validateInput(input));
  }
}
