import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { BadInputError } from '../../graphql/errors';
import { requireManager } from '../accounts/auth-checker';
import { organizationBySlugLoader } from '../organizations/organization.loaders';
import { importMembers } from './member-import.service';
import { ImportMembersInput, ImportReport } from './member-import.type';

@Resolver()
export class MemberImportResolver {
  @Authorized('CLUSTER_MANAGER')
  @Mutation(() => ImportReport, {
    description:
      "Imports a cluster's member list (CSV or JSON). A dry run (the default) reports every row's problems and what would change; a real run writes everything or nothing, and re-importing the same file changes nothing. Cluster managers of that cluster and admins.",
  })
  async importMembers(
    @Arg('input', () => ImportMembersInput, { description: 'The file and options.' }) input: ImportMembersInput,
    @Ctx() context: RequestContext,
  ): Promise<ImportReport> {
    const cluster = await organizationBySlugLoader(context).load(input.cluster);
    if (!cluster || cluster.kind !== 'CLUSTER')
      throw new BadInputError('input.cluster', `No cluster has the slug "${input.cluster.slice(0, 100)}".`);
    const viewer = requireManager(context, cluster.dbId);
    return importMembers(context.db.primary, Buffer.from(input.content, 'utf8'), {
      clusterId: cluster.dbId,
      format: input.format,
      dryRun: input.dryRun,
      actorUserId: viewer.userId,
    });
  }
}
