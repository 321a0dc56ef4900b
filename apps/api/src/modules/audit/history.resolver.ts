import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { childPagesLoader } from '../../graphql/child-pages';
import type { ConnectionResult } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/pagination';
import { Community } from '../communities/community.type';
import { Organization } from '../organizations/organization.type';
import { Term } from '../taxonomy/term.type';
import { AuditEntryConnection, toAuditEntry, type AuditEntry, type AuditEntryRow } from './audit-entry.type';

const HISTORY_DESCRIPTION = 'Every change to this record and what it owns, newest first (signed-in users).';

/** One statement for the history pages of many records of one type. */
export function historyLoader(context: RequestContext, subjectType: string, args: PageArgs) {
  return childPagesLoader<AuditEntryRow, AuditEntry>(
    context,
    {
      name: `audit.history.${subjectType}`,
      from: 'audit_entry a LEFT JOIN app_user u ON u.id = a.actor_user_id',
      parent: 'a.subject_id',
      select: 'a.id::int AS id, a.at, a.action, a.entity_type, a.entity_id, u.display_name AS actor_name, a.before, a.after',
      where: (params) => [`a.subject_type = ${params.add(subjectType)}`],
      sort: { expression: 'a.id', type: 'bigint', direction: 'DESC', id: 'a.id' },
      toNode: toAuditEntry,
    },
    args,
  );
}

@Resolver(() => Organization)
export class OrganizationHistoryResolver {
  @Authorized()
  @FieldResolver(() => AuditEntryConnection, { description: `${HISTORY_DESCRIPTION} For a cluster, also its memberships, KPIs and links.` })
  history(
    @Root() organization: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<AuditEntry>> {
    return historyLoader(context, 'Organization', args).load(organization.dbId);
  }
}

@Resolver(() => Term)
export class TermHistoryResolver {
  @Authorized()
  @FieldResolver(() => AuditEntryConnection, { description: HISTORY_DESCRIPTION })
  history(@Root() term: Term, @Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext): Promise<ConnectionResult<AuditEntry>> {
    return historyLoader(context, 'Term', args).load(term.dbId);
  }
}

@Resolver(() => Community)
export class CommunityHistoryResolver {
  @Authorized()
  @FieldResolver(() => AuditEntryConnection, { description: `${HISTORY_DESCRIPTION} Includes members joining and leaving.` })
  history(
    @Root() community: Community,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionResult<AuditEntry>> {
    return historyLoader(context, 'Community', args).load(community.dbId);
  }
}
