import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { childPagesLoader } from '../../graphql/child-pages';
import { Connection, type ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { registerNodeType } from '../../graphql/node';
import { PageArgs } from '../../graphql/pagination';
import { organizationByIdLoader } from '../organizations/organization.loaders';
import { Organization } from '../organizations/organization.type';
import { loadTaxonomy } from '../taxonomy/taxonomy-snapshot';
import { Term } from '../taxonomy/term.type';
import { NEED_COLUMNS, Need, NeedStatus, toNeed, type NeedRow } from './need.type';

export const NeedConnection = Connection(Need, 'Need', 'A page of needs.');

registerNodeType('Need', (context, id) =>
  keyedRowsLoader(context, {
    name: 'need.byId',
    select: `SELECT ${NEED_COLUMNS} FROM need n`,
    key: 'n.id',
    type: 'int',
    toObject: toNeed,
    keyOf: (n: Need) => n.dbId,
  }).load(id),
);

@Resolver(() => Need)
export class NeedResolver {
  @FieldResolver(() => Organization, { description: 'The organization that has this need.' })
  organization(@Root() need: Need, @Ctx() context: RequestContext): Promise<Organization | null> {
    return organizationByIdLoader(context).load(need.organizationDbId);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'The technology sought, for partner and skills needs.' })
  async technology(@Root() need: Need, @Ctx() context: RequestContext): Promise<Term | null> {
    return need.technologyDbId === null ? null : (await loadTaxonomy(context)).get(need.technologyDbId);
  }

  @FieldResolver(() => Term, { nullable: true, description: 'The value-chain stage sought, for partner needs.' })
  async stage(@Root() need: Need, @Ctx() context: RequestContext): Promise<Term | null> {
    return need.stageDbId === null ? null : (await loadTaxonomy(context)).get(need.stageDbId);
  }
}

@Resolver(() => Organization)
export class OrganizationNeedsResolver {
  @FieldResolver(() => NeedConnection, { description: "The organization's needs, newest first." })
  needs(
    @Root() organization: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('status', () => NeedStatus, { nullable: true, description: 'Only needs with this status; all when omitted.' })
    status: NeedStatus | null,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<Need>> {
    return childPagesLoader(
      context,
      {
        name: `need.byOrganization:${status ?? 'ALL'}`,
        from: 'need n',
        parent: 'n.organization_id',
        select: NEED_COLUMNS,
        where: (params) => (status ? [`n.status = ${params.add(status)}`] : []),
        sort: { expression: 'n.created_at', type: 'timestamptz', direction: 'DESC', id: 'n.id' },
        toNode: (row: NeedRow) => toNeed(row),
      },
      args,
    ).load(organization.dbId);
  }
}
