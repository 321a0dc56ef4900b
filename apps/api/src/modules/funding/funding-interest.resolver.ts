import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { requireEditor } from '../accounts/auth-checker';
import { validateInput } from '../audit/validate-input';
import { WriteResult } from '../audit/write-result.type';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { ConsortiumProposal } from './consortium.type';
import { fundingCallByIdLoader } from './funding-call.service';
import { FundingCall, FundingInterest } from './funding-call.type';
import { FundingInterestInput } from './funding-interest.inputs';
import { expressFundingInterest, interestsByOrganizationLoader, withdrawFundingInterest } from './funding-interest.service';

@Resolver(() => FundingInterest)
export class FundingInterestResolver {
  @Authorized()
  @Mutation(() => WriteResult, {
    description: "Expresses an organization's interest in an open funding call (its editors), or replaces the note; returns the call.",
  })
  async expressFundingInterest(
    @Arg('input', () => FundingInterestInput, { validate: false, description: 'The interest.' }) input: FundingInterestInput,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    return expressFundingInterest(context, await validateInput(input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Withdraws an organization's interest in a funding call (its editors)." })
  withdrawFundingInterest(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @Arg('organizationId', () => ID, { description: 'The organization; you must be one of its editors.' }) organizationId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return withdrawFundingInterest(context, callId, organizationId);
  }

  @FieldResolver(() => FundingCall, { description: 'The call.' })
  async call(@Root() interest: FundingInterest, @Ctx() context: RequestContext): Promise<FundingCall> {
    return (await fundingCallByIdLoader(context).load(interest.callDbId))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The interested organization; null if it was deleted since.' })
  organization(@Root() interest: FundingInterest, @Ctx() context: RequestContext): Promise<Organization | null> {
    return organizationByIdLoader(context).load(interest.organizationDbId);
  }
}

@Resolver(() => ConsortiumProposal)
export class ConsortiumProposalResolver {
  @FieldResolver(() => [Organization], { description: 'The members, the one meeting the most topics first (a short list).' })
  async members(@Root() proposal: ConsortiumProposal, @Ctx() context: RequestContext): Promise<Organization[]> {
    const organizations = await organizationByIdLoader(context).loadMany(proposal.memberDbIds);
    return organizations.flatMap((o) => (o && !(o instanceof Error) ? [o] : []));
  }

  @FieldResolver(() => [Term], { description: 'The call topics the members meet together (a short list).' })
  async coveredTopics(@Root() proposal: ConsortiumProposal, @Ctx() context: RequestContext): Promise<Term[]> {
    const taxonomy = await loadTaxonomy(context);
    return proposal.coveredTopicDbIds.flatMap((id) => taxonomy.get(id) ?? []);
  }

  @FieldResolver(() => [Term], { description: 'The call topics no member meets: partners to look for elsewhere (a short list).' })
  async missingTopics(@Root() proposal: ConsortiumProposal, @Ctx() context: RequestContext): Promise<Term[]> {
    const taxonomy = await loadTaxonomy(context);
    return proposal.missingTopicDbIds.flatMap((id) => taxonomy.get(id) ?? []);
  }
}

@Resolver(() => Organization)
export class OrganizationFundingInterestsResolver {
  @FieldResolver(() => [FundingInterest], {
    description:
      'The funding calls this organization is interested in, soonest deadline first (a short list). Its editors only; FORBIDDEN otherwise.',
  })
  fundingInterests(@Root() organization: Organization, @Ctx() context: RequestContext): Promise<FundingInterest[]> {
    requireEditor(context, organization.dbId);
    return interestsByOrganizationLoader(context).load(organization.dbId);
  }
}
