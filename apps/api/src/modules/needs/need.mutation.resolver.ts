import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { validateInput } from '../audit/validate-input';
import { OpenNeedInput, UpdateNeedInput } from './need.inputs';
import { openNeed, setNeedStatus, updateNeed } from './need.service';
import { Need } from './need.type';

@Resolver()
export class NeedMutationResolver {
  @Authorized()
  @Mutation(() => Need, { description: 'Publishes a need of an organization (its editors).' })
  async openNeed(
    @Arg('input', () => OpenNeedInput, { validate: false, description: 'The need.' }) input: OpenNeedInput,
    @Ctx() context: RequestContext,
  ): Promise<Need> {
    return openNeed(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Need, { description: 'Changes a need (editors of its organization). CONFLICT on a stale version.' })
  async updateNeed(
    @Arg('input', () => UpdateNeedInput, { validate: false, description: 'The changes.' }) input: UpdateNeedInput,
    @Ctx() context: RequestContext,
  ): Promise<Need> {
    return updateNeed(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Need, { description: 'Closes a need: met or withdrawn (editors of its organization).' })
  closeNeed(
    @Arg('id', () => ID, { description: 'The need.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Need> {
    return setNeedStatus(context, id, version, 'CLOSED');
  }

  @Authorized()
  @Mutation(() => Need, { description: 'Reopens a closed need (editors of its organization).' })
  reopenNeed(
    @Arg('id', () => ID, { description: 'The need.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Need> {
    return setNeedStatus(context, id, version, 'OPEN');
  }
}
