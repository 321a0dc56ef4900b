import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { toGlobalId } from '../../graphql/node-id';
import { ORGANIZATION_KINDS, SIZE_BANDS, type OrganizationKind as Kind, type SizeBand as Band } from './organization.entity';

export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organization this is.',
  valuesConfig: {
    CLUSTER: { description: 'A cluster organization that gathers members.' },
    SME: { description: 'A small or medium-sized enterprise.' },
    LARGE_COMPANY: { description: 'A company with 250 or more employees.' },
    RESEARCH_ORGANIZATION: { description: 'A research and technology organization.' },
    UNIVERSITY: { description: 'A university or higher-education institution.' },
    INVESTOR: { description: 'A venture capital fund, business angel network or other investor.' },
    PUBLIC_BODY: { description: 'A public authority or agency.' },
    SYSTEM_INTEGRATOR: { description: 'A company that integrates subsystems into complete solutions.' },
  },
});

export const SizeBand = Object.fromEntries(SIZE_BANDS.map((k) => [k, k])) as { [K in Band]: K };
registerEnumType(SizeBand, {
  name: 'SizeBand',
  description: 'Number of employees.',
  valuesConfig: {
    MICRO: { description: '1 to 9 employees.' },
    SMALL: { description: '10 to 49 employees.' },
    MEDIUM: { description: '50 to 249 employees.' },
    LARGE: { description: '250 employees or more.' },
  },
});

@ObjectType({ description: 'A point on the map (WGS 84).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  longitude!: number;
}

@ObjectType({ description: 'An identifier of the organization in another registry.' })
export class ExternalIdentifier {
  @Field(() => String, { description: 'The registry, e.g. "vat", "pic", "ror".' })
  scheme!: string;

  @Field(() => String, { description: 'The identifier in that registry.' })
  value!: string;
}

@ObjectType({ implements: Node, description: 'A cluster, company, research organization or other actor of the value chain.' })
export class Organization implements Node {
  readonly __typename = 'Organization';

  /** Database id; not exposed. */
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable identifier used in URLs.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the organization.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'Kind of organization.' })
  kind!: Kind;

  @Field(() => String, { description: 'Country, as an ISO 3166-1 alpha-2 code.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'NUTS region code (EU regions), e.g. "DE11".' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Location on the map, when known.' })
  location!: GeoPoint | null;

  @Field(() => String, { nullable: true, description: 'Website URL.' })
  website!: string | null;

  @Field(() => SizeBand, { nullable: true, description: 'Number of employees, as a band.' })
  sizeBand!: Band | null;

  @Field(() => Int, { nullable: true, description: 'Year the organization was founded.' })
  foundedYear!: number | null;

  @Field(() => String, { description: 'Description written by the organization (plain text).' })
  description!: string;

  @Field(() => Boolean, { description: 'The organization was verified by its cluster or a curator.' })
  verified!: boolean;

  @Field(() => [ExternalIdentifier], { description: 'Identifiers in other registries (a short list).' })
  externalIds!: ExternalIdentifier[];

  @Field(() => Date, { description: 'When the organization was added.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the organization was last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version, incremented by every change; pass it back when updating.' })
  version!: number;
}

export interface OrganizationRow {
  id: number;
  slug: string;
  name: string;
  kind: Kind;
  country: string;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  size_band: Band | null;
  founded_year: number | null;
  description: string;
  verified: boolean;
  external_ids: Record<string, string>;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** Every column of an organization; lists that know which fields were asked use organizationColumns instead. */
export const ORGANIZATION_COLUMNS =
  'o.id, o.slug, o.name, o.kind, o.country, o.region, o.city, o.latitude, o.longitude, o.website, o.size_band, o.founded_year, o.description, o.verified, o.external_ids, o.created_at, o.updated_at, o.version';

/** A row with at least the core columns (see organization-columns.ts); the others when they were selected. */
export type OrganizationRowLike = Pick<OrganizationRow, 'id' | 'slug' | 'name' | 'kind' | 'country' | 'version'> & Partial<OrganizationRow>;

/** Builds the object from a row; a column the row lacks leaves its field unset (it was not asked for). */
export function toOrganization(row: OrganizationRowLike): Organization {
  const organization = Object.assign(new Organization(), {
    dbId: row.id,
    id: toGlobalId('Organization', row.id),
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: row.country,
    version: row.version,
  });
  if (row.region !== undefined) organization.region = row.region;
  if (row.city !== undefined) organization.city = row.city;
  if (row.latitude !== undefined && row.longitude !== undefined) {
    organization.location = row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null;
  }
  if (row.website !== undefined) organization.website = row.website;
  if (row.size_band !== undefined) organization.sizeBand = row.size_band;
  if (row.founded_year !== undefined) organization.foundedYear = row.founded_year;
  if (row.description !== undefined) organization.description = row.description;
  if (row.verified !== undefined) organization.verified = row.verified;
  if (row.external_ids !== undefined) {
    organization.externalIds = Object.entries(row.external_ids ?? {}).map(([scheme, value]) => ({ scheme, value }));
  }
  if (row.created_at !== undefined) organization.createdAt = row.created_at;
  if (row.updated_at !== undefined) organization.updatedAt = row.updated_at;
  return organization;
}
