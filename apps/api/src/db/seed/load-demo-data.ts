import { allTerms } from '@lightbridge/taxonomy';
import type { DataSource } from 'typeorm';
import { realClusters, realDataset } from './data';
import { contextFromTerms, generateOrganizationBatches } from './generator';
import { withSummariesDeferred } from './deferred-summaries';
import { withForeignKeysDeferred } from './deferred-foreign-keys';
import { DEFER_INDEXES_ABOVE, withSearchIndexesDeferred } from './deferred-indexes';
import { knowledgeArticles } from './data/knowledge';
import { loadKnowledge } from './load-knowledge';
import { loadNetwork } from './load-network';
import { loadOrganizationBatch, ORGANIZATION_BATCH_TABLES, type LoadContext } from './load-organizations';
import { loadTaxonomy } from './load-taxonomy';
import { demoCalendar, todayUtc } from './programme/demo-calendar';
import { loadProgramme } from './programme/load-programme';

export interface DemoDataOptions {
  /** Synthetic organizations to generate beside the real ones. */
  organizations: number;
  seed: number;
  /** The load date (YYYY-MM-DD) the programme's calendar is moved to; today (UTC) by default. */
  asOf?: string;
  batchSize?: number;
  onProgress?: (loaded: number, total: number) => void;
}

export interface DemoDataReport {
  organizations: number;
  ms: number;
}

/**
 * Loads the classification scheme, the real clusters and partners of the source projects with
 * their agreements, missions and communities, and a deterministic synthetic population of SMEs.
 * Runs in one transaction: a failure leaves the database as it was.
 */
export async function loadDemoData(dataSource: DataSource, options: DemoDataOptions): Promise<DemoDataReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5_000;
  const calendar = demoCalendar(options.asOf ?? todayUtc());
  await dataSource.transaction(async (manager) => {
    // A bulk load is an operator's task: the API's per-statement timeout does not apply to it.
    await manager.query('SET LOCAL statement_timeout = 0');
    const termIds = await loadTaxonomy(manager);
    const context: LoadContext = { termIds, organizationIds: new Map() };
    await loadOrganizationBatch(manager, realDataset.organizations, context);
    await loadNetwork(manager, realDataset, context);
    await loadKnowledge(manager, knowledgeArticles, context);
    const generatorContext = contextFromTerms(allTerms, realClusters);
    const loadSynthetic = async () => {
      let loaded = 0;
      for (const batch of generateOrganizationBatches({ count: options.organizations, seed: options.seed, batchSize }, generatorContext)) {
        await loadOrganizationBatch(manager, batch, context);
        loaded += batch.length;
        options.onProgress?.(loaded, options.organizations);
        // Only real organizations are referenced across batches; keep the map small for 1M rows.
        for (const o of batch) context.organizationIds.delete(o.slug);
      }
    };
    if (options.organizations > DEFER_INDEXES_ABOVE)
      await withSearchIndexesDeferred(manager, () =>
        withSummariesDeferred(manager, () => withForeignKeysDeferred(manager, ORGANIZATION_BATCH_TABLES, loadSynthetic)),
      );
    else await loadSynthetic();
    await loadProgramme(manager, context, calendar);
  });
  await dataSource.query('ANALYZE');
  return { organizations: realDataset.organizations.length + options.organizations, ms: Date.now() - started };
}
