import type { TermDefinition } from '../types';
import { agrifoodTelecomEnergySpecs } from './app-agrifood-telecom-energy';
import { manufacturingAndHealthSpecs } from './app-manufacturing-health';
import { mobilityAndAerospaceSpecs } from './app-mobility-aerospace';
import { securityEnvironmentMediaSpecs } from './app-security-environment-media';
import { defineFacet } from './define';

/** The application-area facet, top terms in display order. */
export const applicationTerms: readonly TermDefinition[] = defineFacet('APPLICATION', [
  ...manufacturingAndHealthSpecs,
  ...mobilityAndAerospaceSpecs,
  ...agrifoodTelecomEnergySpecs,
  ...securityEnvironmentMediaSpecs,
]);
