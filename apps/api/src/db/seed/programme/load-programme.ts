import type { EntityManager } from 'typeorm';
import type { LoadContext } from '../load-organizations';
import { loadFunding } from './load-funding';
import { loadMarketIntelligence, loadRoadmap } from './load-markets-roadmap';

/**
 * The programme's demo data (funding calls, market intelligence, the roadmap of joint actions),
 * loaded after the synthetic population because interests are picked among its members.
 */
export async function loadProgramme(manager: EntityManager, context: LoadContext): Promise<void> {
  await loadFunding(manager, context);
  await loadMarketIntelligence(manager, context);
  await loadRoadmap(manager, context);
}
