import type { RequestContext } from '../../graphql/context';
import { childPagesLoader } from '../../graphql/child-pages';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { groupBy } from '../../graphql/loaders';
import type { PageArgs } from '../../graphql/pagination';
import { CAPABILITY_COLUMNS, toCapability, type CapabilityRow } from './capability.type';

/**
 * Pages of capabilities for many organizations. With `withApplications` each capability's
 * application areas come in the same statement (Capability.applicationDbIds), so that listing
 * capabilities with their applications is one statement rather than two.
 */
export function capabilitiesByOrganizationLoader(context: RequestContext, args: Partial<PageArgs>, withApplications = false) {
  return childPagesLoader(
    context,
    {
      name: withApplications ? 'capability.byOrganization+applications' : 'capability.byOrganization',
      from: 'capability c',
      parent: 'c.organization_id',
      select: CAPABILITY_COLUMNS,
      selectForPage: withApplications
        ? 'ARRAY(SELECT ca.application_id FROM capability_application ca WHERE ca.capability_id = ranked.id ORDER BY ca.application_id) AS application_ids'
        : undefined,
      sort: { expression: 'c.trl', type: 'int', direction: 'DESC', id: 'c.id' },
      toNode: (row: CapabilityRow) => toCapability(row),
    },
    args,
  );
}

export function capabilityByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'capability.byId',
    select: `SELECT ${CAPABILITY_COLUMNS} FROM capability c`,
    key: 'c.id',
    type: 'int',
    toObject: toCapability,
    keyOf: (c: ReturnType<typeof toCapability>) => c.dbId,
  });
}

/** Application-area term ids of many capabilities, in one statement. */
export function capabilityApplicationsLoader(context: RequestContext) {
  return context.loaders.get<number, number[]>('capability.applications', async (ids) => {
    const rows = await context.db.query<{ capability_id: number; application_id: number }>(
      'SELECT capability_id, application_id FROM capability_application WHERE capability_id = ANY($1::int[]) ORDER BY application_id',
      [ids],
    );
    return groupBy(ids, rows, (r) => r.capability_id).map((group) => group.map((r) => r.application_id));
  });
}
