import type { RequestContext } from '../../graphql/context';
import { indexBy } from '../../graphql/loaders';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization, type OrganizationRow } from '../organizations/organization.type';
import type { TaxonomySnapshot } from '../taxonomy/taxonomy-snapshot';
import { Facet } from '../taxonomy/term.type';
import type { Profile, ProfileNeed, TermLookup } from './match-scoring';

export interface LoadedProfile {
  organization: Organization;
  profile: Profile;
}

type Row = OrganizationRow & {
  capabilities: [number, number, number, number[]][];
  clusters: [number, string][];
  export_countries: string[];
  needs: [number, ProfileNeed['kind'], number | null, number | null, string | null][];
};

/**
 * Everything matchmaking compares, for many organizations in one statement: capabilities with
 * their application areas, active clusters, export countries and open needs.
 */
export function matchProfilesLoader(context: RequestContext, taxonomy: TaxonomySnapshot) {
  const expand = (id: number | null) => (id === null ? [] : [id, ...taxonomy.descendantsOf(id).map((t) => t.dbId)]);
  return context.loaders.get<number, LoadedProfile | null>('match.profiles', async (ids) => {
    const rows = await context.db.query<Row>(
      `SELECT ${ORGANIZATION_COLUMNS},
         COALESCE((SELECT jsonb_agg(jsonb_build_array(c.technology_id, c.stage_id, c.trl,
             COALESCE((SELECT array_agg(ca.application_id ORDER BY ca.application_id) FROM capability_application ca WHERE ca.capability_id = c.id), '{}')) ORDER BY c.id)
           FROM capability c WHERE c.organization_id = o.id), '[]') AS capabilities,
         COALESCE((SELECT jsonb_agg(jsonb_build_array(cl.id, cl.name) ORDER BY cl.id) FROM membership m JOIN organization cl ON cl.id = m.cluster_id
           WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND cl.deleted_at IS NULL), '[]') AS clusters,
         COALESCE((SELECT array_agg(DISTINCT e.country ORDER BY e.country) FROM export_interest e WHERE e.organization_id = o.id), '{}') AS export_countries,
         COALESCE((SELECT jsonb_agg(jsonb_build_array(n.id, n.kind, n.technology_id, n.stage_id, n.country) ORDER BY n.id)
           FROM need n WHERE n.organization_id = o.id AND n.status = 'OPEN'), '[]') AS needs
       FROM organization o WHERE o.id = ANY($1::int[]) AND o.deleted_at IS NULL`,
      [ids],
    );
    const profiles = rows.map((row) => ({
      organization: toOrganization(row),
      profile: {
        id: row.id,
        kind: row.kind,
        country: row.country,
        clusters: row.clusters.map(([id, name]) => ({ id, name })),
        capabilities: row.capabilities.map(([technologyId, stageId, trl, applicationIds]) => ({
          technologyId,
          stageId,
          trl,
          applicationIds,
        })),
        exportCountries: row.export_countries,
        needs: row.needs.map(([id, kind, technology, stage, country]) => ({
          id,
          kind,
          technologyIds: expand(technology),
          stageIds: expand(stage),
          country,
        })),
      },
    }));
    return indexBy(ids, profiles, (p) => p.profile.id);
  });
}

/** Labels and stage positions from the taxonomy snapshot, for the scoring. */
export function termLookup(taxonomy: TaxonomySnapshot): TermLookup {
  const positions = new Map<number, number>();
  taxonomy.roots(Facet.STAGE).forEach((root, index) => {
    positions.set(root.dbId, index + 1);
    for (const d of taxonomy.descendantsOf(root.dbId)) positions.set(d.dbId, index + 1);
  });
  return {
    label: (id) => taxonomy.get(id)?.labelTexts.en ?? `term ${id}`,
    stagePosition: (id) => positions.get(id) ?? null,
  };
}
