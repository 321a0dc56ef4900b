import type { EntityManager } from 'typeorm';
import type { LoadContext } from '../load-organizations';
import type { DemoCalendar } from './demo-calendar';
import { loadFunding } from './load-funding';
import { loadMarketIntelligence, loadRoadmap } from './load-markets-roadmap';

/**
 * The programme's demo data (funding calls, market intelligence, the roadmap of joint actions),
 * loaded after the synthetic population because interests are picked among its members. Its
 * calendar is moved to the load date (see demo-calendar.ts).
 */
export async function loadProgramme(manager: EntityManager, context: LoadContext, calendar: DemoCalendar): Promise<void> {
  await loadFunding(manager, context, calendar);
  await loadMarketIntelligence(manager, context, calendar);
  await loadRoadmap(manager, context, calendar);
}
