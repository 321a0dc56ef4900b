import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { ForwardPageArgs } from '../../graphql/pagination';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { ConsortiumProposal } from './consortium.type';
import { FundingCallsArgs, FundingCallsForArgs } from './funding-call.args';
import { callTopicIdsLoader, fundingCallByIdLoader, fundingCallBySlugLoader, listFundingCalls } from './funding-call.service';
import { FundingCall, FundingFit, FundingInterest } from './funding-call.type';
import { fundingCallsFor } from './funding-fit.service';
import { interestedMembersLoader, managedCluster, proposeConsortia } from './funding-interest.service';

export const FundingCallConnection = Connection(FundingCall, 'FundingCall', 'A page of funding calls, soonest deadline first.');
export const FundingFitConnection = Connection(FundingFit, 'FundingFit', 'A page of funding calls that fit an organization, best first.');
export const FundingInterestConnection = Connection(FundingInterest, 'FundingInterest', 'A page of interests in a funding call, by name.');

registerNodeType('FundingCall', (context, id) => fundingCallByIdLoader(context).load(id));

const CLUSTER_ARG = { description: 'A cluster you manage; only its active members are shown.' };

@Resolver(() => FundingCall)
export class FundingCallResolver {
  @Query(() => FundingCall, { description: 'A funding call by its slug. NOT_FOUND when no call has that slug.' })
  async fundingCall(
    @Arg('slug', () => String, { description: 'The call slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<FundingCall> {
    const call = await fundingCallBySlugLoader(context).load(slug);
    if (!call) throw new NotFoundError('funding call', slug);
    return call;
  }

  @Query(() => FundingCallConnection, {
    description: 'Funding calls, soonest deadline first, filtered by programme, topics, eligible country and deadline.',
  })
  fundingCalls(
    @Args(() => FundingCallsArgs) args: FundingCallsArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<FundingCall>> {
    return listFundingCalls(context, args);
  }

  @Query(() => FundingFitConnection, {
    description:
      "The open calls that fit an organization's capabilities and needs and admit its country, ranked by a deterministic score with its reasons (docs/funding.md).",
  })
  fundingCallsFor(
    @Arg('organizationId', () => ID, { description: 'The organization.' }) organizationId: string,
    @Args(() => FundingCallsForArgs) args: FundingCallsForArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<FundingFit>> {
    return fundingCallsFor(context, organizationId, args);
  }

  @FieldResolver(() => [Term], { description: 'The topics of the call, as terms of the classification scheme (a short list).' })
  async topics(@Root() call: FundingCall, @Ctx() context: RequestContext): Promise<Term[]> {
    const [taxonomy, ids] = await Promise.all([loadTaxonomy(context), callTopicIdsLoader(context).load(call.dbId)]);
    return ids.flatMap((id) => taxonomy.get(id) ?? []);
  }

  @FieldResolver(() => FundingInterestConnection, {
    description: 'The active members of a cluster you manage that are interested in this call, by name. FORBIDDEN for anyone else.',
  })
  interestedMembers(
    @Root() call: FundingCall,
    @Arg('clusterId', () => ID, CLUSTER_ARG) clusterId: string,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<FundingInterest>> {
    return interestedMembersLoader(context, managedCluster(context, clusterId), args).load(call.dbId);
  }

  @FieldResolver(() => [ConsortiumProposal], {
    description:
      'Consortia proposed among the interested active members of a cluster you manage, strongest first (a short list; docs/funding.md). FORBIDDEN for anyone else.',
  })
  consortia(
    @Root() call: FundingCall,
    @Arg('clusterId', () => ID, CLUSTER_ARG) clusterId: string,
    @Ctx() context: RequestContext,
  ): Promise<ConsortiumProposal[]> {
    return proposeConsortia(context, call, managedCluster(context, clusterId));
  }
}
