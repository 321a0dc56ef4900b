import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { BadInputError, NotFoundError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { fromGlobalId } from '../../graphql/node-id';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { EndLinksArgs, LinksArgs } from './community.args';
import { communityByIdLoader } from './community.loaders';
import type { Community } from './community.type';
import { findLinkPath, MAX_PATH_LENGTH } from './link-path.service';
import { linkByIdLoader, linksByEndLoader, listLinks } from './link.service';
import { Link, LinkEnd, LinkKind, LinkPath } from './link.type';

export const LinkConnection = Connection(Link, 'Link', 'A page of links.');

registerNodeType('Link', (context, id) => linkByIdLoader(context).load(id));

function loadEnd(context: RequestContext, kind: LinkKind, id: number): Promise<Community | Organization | null> {
  return kind === LinkKind.COMMUNITY ? communityByIdLoader(context).load(id) : organizationByIdLoader(context).load(id);
}

/** Decodes one end of `linkPath`: the ID of a community or of a cluster, which must exist. */
async function pathEnd(context: RequestContext, globalId: string, argument: string): Promise<{ kind: LinkKind; id: number }> {
  const { type, id } = fromGlobalId(globalId, argument);
  if (type === 'Community') {
    if (!(await communityByIdLoader(context).load(id))) throw new NotFoundError('community', globalId);
    return { kind: LinkKind.COMMUNITY, id };
  }
  if (type === 'Organization') {
    const organization = await organizationByIdLoader(context).load(id);
    if (!organization) throw new NotFoundError('organization', globalId);
    if (organization.kind !== 'CLUSTER') {
      throw new BadInputError(argument, `"${argument}" is the ID of a ${organization.kind} organization; links join clusters only.`);
    }
    return { kind: LinkKind.CLUSTER, id };
  }
  throw new BadInputError(argument, `"${argument}" is the ID of a ${type}, expected a Community or a cluster Organization.`);
}

@Resolver(() => Link)
export class LinkResolver {
  @Query(() => LinkConnection, { description: 'Links between communities and between clusters, newest first.' })
  links(@Args(() => LinksArgs) args: LinksArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<Link>> {
    return listLinks(context, args);
  }

  @Query(() => LinkPath, {
    nullable: true,
    description: `A shortest path of ACCEPTED links (in either direction) between two communities or two clusters, of at most ${MAX_PATH_LENGTH} links; null when there is none.`,
  })
  async linkPath(
    @Arg('from', () => ID, { description: 'Global ID of the community or cluster to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Global ID of the community or cluster to reach; of the same type as `from`.' }) to: string,
    @Ctx() context: RequestContext,
  ): Promise<LinkPath | null> {
    const [start, end] = await Promise.all([pathEnd(context, from, 'from'), pathEnd(context, to, 'to')]);
    if (start.kind !== end.kind) {
      throw new BadInputError('to', '"from" and "to" must both be communities or both be clusters.');
    }
    const path = await findLinkPath(context, start.kind, start.id, end.id);
    if (!path) return null;
    const [nodes, links] = await Promise.all([
      Promise.all(path.nodes.map((id) => loadEnd(context, start.kind, id))),
      Promise.all(path.links.map((id) => linkByIdLoader(context).load(id))),
    ]);
    return Object.assign(new LinkPath(), {
      nodes: nodes.filter((n): n is Community | Organization => n !== null),
      links: links.filter((l): l is Link => l !== null),
      length: path.links.length,
    });
  }

  @FieldResolver(() => LinkEnd, { nullable: true, description: 'The side that requested the link; null if that cluster was removed.' })
  from(@Root() link: Link, @Ctx() context: RequestContext): Promise<Community | Organization | null> {
    return loadEnd(context, link.kind, link.fromDbId);
  }

  @FieldResolver(() => LinkEnd, { nullable: true, description: 'The side asked to accept the link; null if that cluster was removed.' })
  to(@Root() link: Link, @Ctx() context: RequestContext): Promise<Community | Organization | null> {
    return loadEnd(context, link.kind, link.toDbId);
  }
}

@Resolver(() => Organization)
export class OrganizationClusterLinksResolver {
  @FieldResolver(() => LinkConnection, {
    description: 'For a cluster, its links to other clusters, where it is either side, newest first; empty for other kinds.',
  })
  clusterLinks(
    @Root() organization: Organization,
    @Args(() => EndLinksArgs) args: EndLinksArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Link>> {
    const { status = null, ...page } = args;
    return linksByEndLoader(context, LinkKind.CLUSTER, status, page).load(organization.dbId);
  }
}
