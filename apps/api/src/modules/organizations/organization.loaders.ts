import type { RequestContext } from '../../graphql/context';
import { indexBy } from '../../graphql/loaders';
import { equalsAny, Params } from '../../graphql/sql';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from './organization.type';

export function organizationByIdLoader(context: RequestContext) {
  return context.loaders.get<number, Organization | null>('organization.byId', async (ids) => {
    const params = new Params();
    const rows = await context.db.query<OrganizationRow>(
      `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE ${equalsAny('o.id', ids, 'int', params)} AND o.deleted_at IS NULL`,
      params.values,
    );
    return indexBy(ids, rows.map(toOrganization), (o) => o.dbId);
  });
}

export function organizationBySlugLoader(context: RequestContext) {
  return context.loaders.get<string, Organization | null>('organization.bySlug', async (slugs) => {
    const params = new Params();
    const rows = await context.db.query<OrganizationRow>(
      `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE ${equalsAny('o.slug', slugs, 'text', params)} AND o.deleted_at IS NULL`,
      params.values,
    );
    return indexBy(slugs, rows.map(toOrganization), (o) => o.slug);
  });
}

export async function loadOrganizationsBySlug(context: RequestContext, slugs: readonly string[]): Promise<(Organization | null)[]> {
  return Promise.all(slugs.map((slug) => organizationBySlugLoader(context).load(slug)));
}
