import type { EntityManager } from 'typeorm';
import { bulkInsert, reserveIds } from '../bulk-insert';
import type { LoadContext } from '../load-organizations';
import type { DemoCalendar } from './demo-calendar';
import { fundingCalls } from './funding-calls';
import { seedLookup } from './seed-lookup';

/** Synthetic members interested in each call, picked by rule among those whose capabilities meet its topics. */
export const SYNTHETIC_INTERESTS_PER_CALL = 12;

/**
 * Above this many organizations a call picks among one in every (count / this) of them, by id: the
 * picks stay as arbitrary (hash order) and the statement costs the same at any size. Testing every
 * SME took 3 s of a 100k load (10 calls × 73,000 SMEs with their capabilities); smaller loads,
 * the default demo and the tests' included, pick among all as before.
 */
const CANDIDATES_SAMPLED_ABOVE = 10_000;

/**
 * Loads the funding calls with their topics and the real organisations' interests, then, for each
 * call, the SMEs of the synthetic population whose capabilities meet a technology or application
 * topic (the topic or a descendant) in an eligible country: a deterministic pick by hash, so that
 * cluster managers find interested members to form consortia with.
 */
export async function loadFunding(manager: EntityManager, context: LoadContext, calendar: DemoCalendar): Promise<void> {
  const { org, term } = seedLookup(context);
  const ids = await reserveIds(manager, 'funding_call', fundingCalls.length);
  await bulkInsert(
    manager,
    'funding_call',
    {
      id: 'int',
      slug: 'text',
      programme: 'text',
      identifier: 'text',
      title: 'text',
      summary: 'text',
      opens_on: 'date',
      deadline: 'date',
      url: 'text',
      budget_eur: 'bigint',
      eligible_countries: 'text[]',
      min_countries: 'smallint',
    },
    fundingCalls.map((c, i) => ({
      id: ids[i],
      slug: calendar.label(c.slug, c.deadline),
      programme: c.programme,
      identifier: calendar.label(c.identifier, c.deadline),
      title: calendar.label(c.title, c.deadline),
      summary: calendar.label(c.summary, c.deadline),
      opens_on: c.opensOn === null ? null : calendar.date(c.opensOn),
      deadline: calendar.date(c.deadline),
      url: c.url,
      budget_eur: c.budgetEur,
      eligible_countries: [...c.eligibleCountries],
      min_countries: c.minCountries,
    })),
  );
  await bulkInsert(
    manager,
    'funding_call_topic',
    { call_id: 'int', term_id: 'int' },
    fundingCalls.flatMap((c, i) => [...new Set(c.topics)].map((t) => ({ call_id: ids[i], term_id: term(t) }))),
  );
  await bulkInsert(
    manager,
    'funding_interest',
    { call_id: 'int', organization_id: 'int', note: 'text' },
    fundingCalls.flatMap((c, i) => c.interested.map((x) => ({ call_id: ids[i], organization_id: org(x.organization), note: x.note }))),
  );
  await manager.query(
    `WITH RECURSIVE covered(call_id, term_id) AS (
       SELECT ft.call_id, ft.term_id FROM funding_call_topic ft WHERE ft.call_id = ANY($1::int[])
       UNION SELECT c.call_id, t.id FROM term t JOIN covered c ON t.parent_id = c.term_id),
     sample AS (SELECT greatest(1, count(*) / $3)::int AS every FROM organization)
     INSERT INTO funding_interest (call_id, organization_id, note)
     SELECT f.id, pick.id, '' FROM funding_call f CROSS JOIN sample CROSS JOIN LATERAL (
       SELECT o.id FROM organization o
       WHERE o.kind = 'SME' AND o.deleted_at IS NULL AND o.id % sample.every = f.id % sample.every
         AND (cardinality(f.eligible_countries) = 0 OR o.country = ANY(f.eligible_countries))
         AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.status = 'ACTIVE')
         AND EXISTS (SELECT 1 FROM capability cap WHERE cap.organization_id = o.id AND (
           cap.technology_id IN (SELECT term_id FROM covered WHERE call_id = f.id)
           OR EXISTS (SELECT 1 FROM capability_application ca WHERE ca.capability_id = cap.id
                      AND ca.application_id IN (SELECT term_id FROM covered WHERE call_id = f.id))))
       ORDER BY md5(o.slug || f.slug) LIMIT $2
     ) pick WHERE f.id = ANY($1::int[])
     ON CONFLICT DO NOTHING`,
    [ids, SYNTHETIC_INTERESTS_PER_CALL, CANDIDATES_SAMPLED_ABOVE],
  );
}
