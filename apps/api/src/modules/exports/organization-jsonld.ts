import type { ExportedOrganization } from './organization-export';

export const SCHEMA_ORG_CONTEXT = { '@vocab': 'https://schema.org/', lb: 'https://lightbridge.eu/scheme/' };

/** One organization as a schema.org Organization node. */
export function organizationNode(o: ExportedOrganization, portalUrl: string): Record<string, unknown> {
  return {
    '@id': `${portalUrl}/organizations/${o.slug}`,
    '@type': 'Organization',
    identifier: o.slug,
    name: o.name,
    description: o.description || undefined,
    url: o.website ?? undefined,
    foundingDate: o.founded_year !== null ? String(o.founded_year) : undefined,
    address: {
      '@type': 'PostalAddress',
      addressCountry: o.country,
      addressLocality: o.city ?? undefined,
      addressRegion: o.region ?? undefined,
    },
    geo:
      o.latitude !== null && o.longitude !== null ? { '@type': 'GeoCoordinates', latitude: o.latitude, longitude: o.longitude } : undefined,
    memberOf: o.clusters.map((slug) => ({ '@id': `${portalUrl}/organizations/${slug}` })),
    knowsAbout: [...o.technologies, ...o.applications].map((code) => ({ '@id': `lb:${code}` })),
    additionalType: `lb:kind/${o.kind}`,
  };
}
