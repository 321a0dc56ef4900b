import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { CreateCommunityInput, UpdateCommunityInput } from './community.inputs';
import { createCommunity, setCommunityMembership, updateCommunity } from './community.mutation.service';
import { Community } from './community.type';
import { requestLink, respondToLink } from './link.mutation.service';

const COMMUNITY = { description: 'The community.' };
const ORGANIZATION = { description: 'The organization joining or leaving (you must be its editor).' };
const MESSAGE = { defaultValue: '', description: 'A message to the other side (at most 2,000 characters).' };

function checkMessage(message: string): string {
  if (message.length > 2000) throw new BadInputError('message', 'message: at most 2,000 characters.');
  return message;
}

@Resolver()
export class CommunityMutationResolver {
  @Authorized()
  @Mutation(() => Community, { description: 'Creates a community (any member).' })
  async createCommunity(
    @Arg('input', () => CreateCommunityInput, { validate: false, description: 'The community.' }) input: CreateCommunityInput,
    @Ctx() context: RequestContext,
  ): Promise<Community> {
    return createCommunity(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Community, {
    description: 'Changes a community (its creator or an editor of a member organization). CONFLICT on a stale version.',
  })
  async updateCommunity(
    @Arg('input', () => UpdateCommunityInput, { validate: false, description: 'The changes.' }) input: UpdateCommunityInput,
    @Ctx() context: RequestContext,
  ): Promise<Community> {
    return updateCommunity(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Community, { description: 'An organization joins a community (its editors).' })
  joinCommunity(
    @Arg('communityId', () => ID, COMMUNITY) communityId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<Community> {
    return setCommunityMembership(context, communityId, organizationId, true);
  }

  @Authorized()
  @Mutation(() => Community, { description: 'An organization leaves a community (its editors).' })
  leaveCommunity(
    @Arg('communityId', () => ID, COMMUNITY) communityId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<Community> {
    return setCommunityMembership(context, communityId, organizationId, false);
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: 'Asks another community for a link (the creator of, or an editor of a member of, the asking community).',
  })
  requestCommunityLink(
    @Arg('fromId', () => ID, { description: 'The asking community.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The community asked.' }) toId: string,
    @Arg('message', () => String, MESSAGE) message: string,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return requestLink(context, { kind: 'COMMUNITY', fromId, toId, message: checkMessage(message) });
  }

  @Authorized()
  @Mutation(() => WriteResult, { description: 'Asks another cluster for a bridge (the asking cluster’s managers).' })
  requestClusterLink(
    @Arg('fromId', () => ID, { description: 'The asking cluster.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The cluster asked.' }) toId: string,
    @Arg('message', () => String, MESSAGE) message: string,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return requestLink(context, { kind: 'CLUSTER', fromId, toId, message: checkMessage(message) });
  }

  @Authorized()
  @Mutation(() => WriteResult, {
    description: "Accepts or declines a link request (the asked cluster's managers, or the asked community's creator or member editors).",
  })
  respondToLink(
    @Arg('id', () => ID, { description: 'The link request.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('accept', () => Boolean, { description: 'True to accept, false to decline.' }) accept: boolean,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return respondToLink(context, id, version, accept);
  }
}
