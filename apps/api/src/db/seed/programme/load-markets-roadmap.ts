import type { EntityManager } from 'typeorm';
import { bulkInsert, reserveIds } from '../bulk-insert';
import type { LoadContext } from '../load-organizations';
import type { DemoCalendar } from './demo-calendar';
import { marketContacts, marketRegulations } from './market-intelligence';
import { roadmapActions as writtenRoadmap, type SeedRoadmapAction } from './roadmap';
import { seedLookup } from './seed-lookup';
import { tradeFairs } from './trade-fairs';

/** The target markets' contacts, regulations and trade-fair calendar. */
export async function loadMarketIntelligence(manager: EntityManager, context: LoadContext, calendar: DemoCalendar): Promise<void> {
  const { org, term } = seedLookup(context);
  const application = (code: string | null) => (code === null ? null : term(code));
  await bulkInsert(
    manager,
    'market_contact',
    { country: 'text', application_id: 'int', kind: 'text', name: 'text', organization_id: 'int', url: 'text', note: 'text' },
    marketContacts.map((c) => ({
      country: c.country,
      application_id: application(c.application),
      kind: c.kind,
      name: c.name,
      organization_id: c.organization === null ? null : org(c.organization),
      url: c.url,
      note: c.note,
    })),
  );
  await bulkInsert(
    manager,
    'market_regulation',
    { country: 'text', application_id: 'int', title: 'text', authority: 'text', summary: 'text', url: 'text' },
    marketRegulations.map((r) => ({ ...r, application_id: application(r.application) })),
  );
  await bulkInsert(
    manager,
    'trade_fair',
    { country: 'text', application_id: 'int', name: 'text', city: 'text', starts_on: 'date', ends_on: 'date', url: 'text' },
    tradeFairs.map((f) => ({
      ...f,
      application_id: application(f.application),
      starts_on: calendar.date(f.startsOn),
      ends_on: calendar.date(f.endsOn),
    })),
  );
}

/**
 * The roadmap of joint actions with partners, KPIs, agreements and progress reports. The current
 * plan moves with the calendar; actions that record the source projects' past keep their dates.
 */
export async function loadRoadmap(manager: EntityManager, context: LoadContext, calendar: DemoCalendar): Promise<void> {
  const { org } = seedLookup(context);
  const roadmapActions = writtenRoadmap.map((a) => (a.recorded ? a : movedAction(a, calendar)));
  const ids = await reserveIds(manager, 'roadmap_action', roadmapActions.length);
  const kpis = (await manager.query(`SELECT id, code AS key FROM kpi_definition`)) as { id: number; key: string }[];
  const agreements = (await manager.query(`SELECT id, slug AS key FROM agreement`)) as { id: number; key: string }[];
  const find = (rows: { id: number; key: string }[], key: string) => {
    const row = rows.find((r) => r.key === key);
    if (!row) throw new Error(`Demo roadmap refers to unknown "${key}".`);
    return row.id;
  };
  await bulkInsert(
    manager,
    'roadmap_action',
    {
      id: 'int',
      slug: 'text',
      title: 'text',
      description: 'text',
      owner_cluster_id: 'int',
      starts_on: 'date',
      ends_on: 'date',
      status: 'text',
      progress: 'smallint',
      completed_on: 'date',
      budget_eur: 'bigint',
      target_countries: 'text[]',
    },
    roadmapActions.map((a, i) => {
      const last = a.reports[a.reports.length - 1];
      const progress = last?.progress ?? 0;
      const status = a.cancelled ? 'CANCELLED' : progress === 100 ? 'DONE' : progress > 0 ? 'IN_PROGRESS' : 'PLANNED';
      return {
        id: ids[i],
        slug: a.slug,
        title: a.title,
        description: a.description,
        owner_cluster_id: org(a.owner),
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        status,
        progress,
        completed_on: status === 'DONE' ? last!.on : null,
        budget_eur: a.budgetEur,
        target_countries: a.targetCountries,
      };
    }),
  );
  await bulkInsert(
    manager,
    'roadmap_action_partner',
    { action_id: 'int', organization_id: 'int' },
    roadmapActions.flatMap((a, i) => a.partners.map((p) => ({ action_id: ids[i], organization_id: org(p) }))),
  );
  await bulkInsert(
    manager,
    'roadmap_action_kpi',
    { action_id: 'int', kpi_id: 'int', contribution: 'float8' },
    roadmapActions.flatMap((a, i) => a.kpis.map((k) => ({ action_id: ids[i], kpi_id: find(kpis, k.kpi), contribution: k.contribution }))),
  );
  await bulkInsert(
    manager,
    'roadmap_action_agreement',
    { action_id: 'int', agreement_id: 'int' },
    roadmapActions.flatMap((a, i) => a.agreements.map((slug) => ({ action_id: ids[i], agreement_id: find(agreements, slug) }))),
  );
  await bulkInsert(
    manager,
    'roadmap_progress',
    { action_id: 'int', reported_on: 'date', progress: 'smallint', note: 'text' },
    roadmapActions.flatMap((a, i) => a.reports.map((r) => ({ action_id: ids[i], reported_on: r.on, progress: r.progress, note: r.note }))),
  );
}

function movedAction(a: SeedRoadmapAction, calendar: DemoCalendar): SeedRoadmapAction {
  const label = (text: string) => calendar.label(text, a.startsOn);
  return {
    ...a,
    slug: label(a.slug),
    title: label(a.title),
    description: label(a.description),
    startsOn: calendar.date(a.startsOn),
    endsOn: calendar.date(a.endsOn),
    reports: a.reports.map((r) => ({ ...r, on: calendar.date(r.on), note: label(r.note) })),
  };
}
