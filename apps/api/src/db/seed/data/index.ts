import { agreements } from './agreements';
import { europeanClusters } from './clusters';
import { communities, links } from './communities';
import { events } from './events';
import { kpiDefinitions, kpiRecords } from './kpis';
import { targetMarkets } from './markets';
import { partners } from './partners';
import { thirdCountryClusters } from './third-country';
import type { SeedDataset, SeedOrganization } from './types';
import { valueChains } from './value-chains';

export * from './types';
export { A, S, T, STAGE_ORDER } from './codes';

/** Every real organisation: European clusters, project partners, North American clusters. */
export const realOrganizations: SeedOrganization[] = [...europeanClusters, ...partners, ...thirdCountryClusters];

/**
 * The real demo dataset, built from the LightJumps, Photonics4Industry and PIMAP projects.
 * Load organisations first (clusters before their members), then everything that refers to them.
 */
export const realDataset: SeedDataset = {
  organizations: realOrganizations,
  agreements,
  events,
  communities,
  links,
  valueChains,
  targetMarkets,
  kpiDefinitions,
  kpiRecords,
};

/** The clusters of the real dataset, in the shape the synthetic generator's context expects. */
export const realClusters = realOrganizations
  .filter((organization) => organization.kind === 'CLUSTER')
  .map(({ slug, country, foundedYear }) => ({ slug, country, foundedYear }));
