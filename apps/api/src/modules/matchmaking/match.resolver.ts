import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ID } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { NotFoundError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { ForwardPageArgs, parsePageArgs } from '../../graphql/pagination';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { checkNeedOfOrganization, matchesLoader } from './match.service';
import { Match, MatchReason } from './match.type';

export const MatchConnection = Connection(Match, 'Match', 'A page of matches, highest score first (ties by organization).');

@Resolver(() => Match)
export class MatchResolver {
  @Query(() => MatchConnection, {
    description:
      'Complementary organizations for an organization, or for one of its open needs, ranked by a deterministic score with its reasons (see docs/matchmaking.md).',
  })
  async matches(
    @Arg('organization', () => String, { description: 'Slug of the organization to find matches for.' }) slug: string,
    @Arg('need', () => ID, { nullable: true, description: 'One open need of that organization; matches must answer it.' })
    need: string | null,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Match>> {
    parsePageArgs({ first: args.first, after: args.after });
    const needId = need != null ? expectGlobalId(need, 'Need', 'need') : null;
    const organization = await organizationBySlugLoader(context).load(slug);
    if (!organization) throw new NotFoundError('organization', slug);
    if (needId !== null) await checkNeedOfOrganization(context, organization.dbId, needId, slug);
    return matchesLoader(context, args).load({ organizationId: organization.dbId, needId });
  }
}

@Resolver(() => Organization)
export class OrganizationMatchesResolver {
  @FieldResolver(() => MatchConnection, { description: 'Complementary organizations for this one, best first (see `Query.matches`).' })
  matches(
    @Root() organization: Organization,
    @Args(() => ForwardPageArgs) args: ForwardPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Match>> {
    return matchesLoader(context, args).load({ organizationId: organization.dbId, needId: null });
  }
}

@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @FieldResolver(() => [Term], { description: 'Terms the reason is about: technologies, stages or application areas (a short list).' })
  async terms(@Root() reason: MatchReason, @Ctx() context: RequestContext): Promise<Term[]> {
    const taxonomy = await loadTaxonomy(context);
    return reason.termIds.map((id) => taxonomy.get(id)).filter((t): t is Term => t !== null);
  }
}
