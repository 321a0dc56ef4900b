import type { SeedCapability, SeedNeed, SeedOrganization } from './types';

type Required = Pick<
  SeedOrganization,
  'slug' | 'name' | 'kind' | 'country' | 'region' | 'city' | 'latitude' | 'longitude' | 'website' | 'description'
>;

/** A real organisation: verified, with empty lists unless given. */
export function organization(fields: Required & Partial<SeedOrganization>): SeedOrganization {
  return {
    sizeBand: null,
    foundedYear: null,
    verified: true,
    externalIds: {},
    clusters: [],
    capabilities: [],
    needs: [],
    exportInterests: [],
    ...fields,
  };
}

export function capability(
  technology: string,
  stage: string,
  applications: string[],
  trl: number,
  evidence: string | null = null,
): SeedCapability {
  return { technology, stage, applications, trl, evidence };
}

export function marketAccess(country: string, description: string): SeedNeed {
  return { kind: 'MARKET_ACCESS', technology: null, stage: null, country, description };
}

export function partnerNeed(technology: string | null, stage: string | null, description: string): SeedNeed {
  return { kind: 'PARTNER', technology, stage, country: null, description };
}

export function skillsNeed(technology: string | null, description: string): SeedNeed {
  return { kind: 'SKILLS', technology, stage: null, country: null, description };
}

export function fundingNeed(description: string): SeedNeed {
  return { kind: 'FUNDING', technology: null, stage: null, country: null, description };
}
