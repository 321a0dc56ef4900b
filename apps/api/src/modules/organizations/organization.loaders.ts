import type { RequestContext } from '../../graphql/context';
import { indexBy } from '../../graphql/loaders';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from './organization.type';

export function organizationByIdLoader(context: RequestContext) {
  return context.loaders.get<number, Organization | null>('organization.byId', async (ids) => {
    const rows = await context.db.query<OrganizationRow>(
      `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.id = ANY($1::int[]) AND o.deleted_at IS NULL`,
      [ids],
    );
    return indexBy(ids, rows.map(toOrganization), (o) => o.dbId);
  });
}

export function organizationBySlugLoader(context: RequestContext) {
  return context.loaders.get<string, Organization | null>('organization.bySlug', async (slugs) => {
    const rows = await context.db.query<OrganizationRow>(
      `SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.slug = ANY($1::text[]) AND o.deleted_at IS NULL`,
      [slugs],
    );
    return indexBy(slugs, rows.map(toOrganization), (o) => o.slug);
  });
}

export async function loadOrganizationsBySlug(context: RequestContext, slugs: readonly string[]): Promise<(Organization | null)[]> {
  return Promise.all(slugs.map((slug) => organizationBySlugLoader(context).load(slug)));
}
