import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { acceptMembership, inviteMember, removeMember } from './membership.service';

const CLUSTER = { description: 'The cluster.' };
const ORGANIZATION = { description: 'The member organization.' };

@Resolver()
export class MembershipMutationResolver {
  @Authorized()
  @Mutation(() => Boolean, {
    description: "Invites an organization into a cluster (the cluster's managers); it joins when its editor accepts.",
  })
  inviteMember(
    @Arg('clusterId', () => ID, CLUSTER) clusterId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return inviteMember(context, clusterId, organizationId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Accepts a cluster's invitation (the invited organization's editors)." })
  acceptMembership(
    @Arg('clusterId', () => ID, CLUSTER) clusterId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return acceptMembership(context, clusterId, organizationId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends a membership or invitation (the cluster's managers, or the member's editors)." })
  removeMember(
    @Arg('clusterId', () => ID, CLUSTER) clusterId: string,
    @Arg('organizationId', () => ID, ORGANIZATION) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return removeMember(context, clusterId, organizationId);
  }
}
