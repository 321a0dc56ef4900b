import type { RequestContext } from '../../graphql/context';
import { BadInputError, DomainError } from '../../graphql/errors';
import { expectGlobalId } from '../../graphql/node-id';
import { requireEditor, requireViewer } from '../accounts/auth-checker';
import { checkVersion, lockRow, updateVersioned, withConstraints } from '../audit/audit.service';
import type { UpdateOrganizationInput } from './organization.inputs';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from './organization.type';

const PROFILE_FIELDS = ['name', 'description', 'country', 'region', 'city', 'sizeBand', 'foundedYear', 'latitude', 'longitude'] as const;
const COLUMN: Record<(typeof PROFILE_FIELDS)[number], string> = {
  name: 'name',
  description: 'description',
  country: 'country',
  region: 'region',
  city: 'city',
  sizeBand: 'size_band',
  foundedYear: 'founded_year',
  latitude: 'latitude',
  longitude: 'longitude',
};

/** Every other profile field is removed by an explicit null (the description becomes empty). */
const REQUIRED_FIELDS: ReadonlySet<string> = new Set(['name', 'country']);

export const ORGANIZATION_CONSTRAINTS: Record<string, [string, string]> = {
  organization_slug_key: ['input.slug', 'Another organization has this slug.'],
  organization_country_check: ['input.country', 'Not an ISO country code.'],
  organization_region_check: ['input.region', 'Not a NUTS region code.'],
  organization_name_check: ['input.name', 'The name must have 1 to 300 characters.'],
};

export function websiteDomain(website: string): string | null {
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export async function loadOrganizationRow(context: RequestContext, id: number): Promise<Organization> {
  const [row] = await context.db.query<OrganizationRow>(`SELECT ${ORGANIZATION_COLUMNS} FROM organization o WHERE o.id = $1`, [id]);
  if (!row) throw new Error(`organization ${id} vanished`);
  return toOrganization(row);
}

export async function updateOrganization(context: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
  const id = expectGlobalId(input.id, 'Organization', 'input.id');
  const viewer = requireEditor(context, id);
  const changes: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) {
      if (REQUIRED_FIELDS.has(field)) throw new BadInputError(`input.${field}`, `The ${field} cannot be removed; omit it to keep it.`);
      changes[COLUMN[field]] = field === 'description' ? '' : null;
    } else changes[COLUMN[field]] = field === 'name' ? (value as string).trim() : value;
  }
  if ((input.latitude === undefined) !== (input.longitude === undefined) || (input.latitude === null) !== (input.longitude === null))
    throw new BadInputError('input.latitude', 'Give latitude and longitude together.');
  if (input.website !== undefined) {
    const website = input.website === '' ? null : input.website;
    changes.website = website;
    changes.website_domain = website === null ? null : websiteDomain(website);
  }
  await withConstraints(ORGANIZATION_CONSTRAINTS, () =>
    context.db.transaction(async (manager) => {
      const before = await lockRow(manager, 'organization', id, 'organization');
      if (before.deleted_at !== null) throw new DomainError('NOT_FOUND', 'This organization was deleted.');
      return updateVersioned(manager, {
        table: 'organization',
        entityType: 'Organization',
        id,
        version: input.version,
        changes,
        actorUserId: viewer.userId,
        before,
      });
    }),
  );
  return loadOrganizationRow(context, id);
}

/** Soft delete: the row stays (with its history) and an admin can restore it. */
export async function deleteOrganization(context: RequestContext, globalId: string, version: number): Promise<boolean> {
  const id = expectGlobalId(globalId, 'Organization', 'id');
  const viewer = requireEditor(context, id);
  await context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'organization', id, 'organization');
    if (before.deleted_at !== null) throw new DomainError('NOT_FOUND', 'This organization is deleted already.');
    checkVersion(before, version, 'organization');
    await updateVersioned(manager, {
      table: 'organization',
      entityType: 'Organization',
      id,
      version,
      changes: { deleted_at: new Date() },
      actorUserId: viewer.userId,
      action: 'DELETE',
      before,
    });
  });
  return true;
}

export async function restoreOrganization(context: RequestContext, globalId: string): Promise<Organization> {
  const id = expectGlobalId(globalId, 'Organization', 'id');
  const viewer = requireViewer(context);
  await context.db.transaction(async (manager) => {
    const before = await lockRow(manager, 'organization', id, 'organization');
    if (before.deleted_at === null) throw new BadInputError('id', 'This organization is not deleted.');
    await updateVersioned(manager, {
      table: 'organization',
      entityType: 'Organization',
      id,
      version: before.version as number,
      changes: { deleted_at: null },
      actorUserId: viewer.userId,
      action: 'RESTORE',
      before,
    });
  });
  return loadOrganizationRow(context, id);
}
