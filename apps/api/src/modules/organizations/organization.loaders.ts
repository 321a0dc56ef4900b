import type { RequestContext } from '../../graphql/context';
import { keyedRowsLoader } from '../../graphql/keyed-rows-loader';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization } from './organization.type';

export function organizationByIdLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'organization.byId',
    select: `SELECT ${ORGANIZATION_COLUMNS} FROM organization o`,
    key: 'o.id',
    type: 'int',
    where: 'o.deleted_at IS NULL',
    toObject: toOrganization,
    keyOf: (o: Organization) => o.dbId,
  });
}

export function organizationBySlugLoader(context: RequestContext) {
  return keyedRowsLoader(context, {
    name: 'organization.bySlug',
    select: `SELECT ${ORGANIZATION_COLUMNS} FROM organization o`,
    key: 'o.slug',
    type: 'text',
    where: 'o.deleted_at IS NULL',
    toObject: toOrganization,
    keyOf: (o: Organization) => o.slug,
  });
}

export async function loadOrganizationsBySlug(context: RequestContext, slugs: readonly string[]): Promise<(Organization | null)[]> {
  return Promise.all(slugs.map((slug) => organizationBySlugLoader(context).load(slug)));
}
