import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config';
import type { Logger } from '../../logger';
import { loadDemoData } from './load-demo-data';
import { loadTaxonomy } from './load-taxonomy';

/**
 * On the first start against an empty database: loads the classification scheme and, unless
 * DEMO_ORGANIZATIONS=0, the demo data. A database that has terms is left as it is.
 */
export async function seedIfEmpty(dataSource: DataSource, config: AppConfig, logger: Logger): Promise<void> {
  const [row] = (await dataSource.query('SELECT EXISTS (SELECT 1 FROM term) AS seeded')) as { seeded: boolean }[];
  if (row?.seeded) return;
  if (config.demoOrganizations === 0) {
    await dataSource.transaction((manager) => loadTaxonomy(manager));
    logger.info('classification scheme loaded (no demo data: DEMO_ORGANIZATIONS=0)');
    return;
  }
  logger.info({ organizations: config.demoOrganizations }, 'empty database: loading demo data');
  const report = await loadDemoData(dataSource, { organizations: config.demoOrganizations, seed: config.demoSeed });
  logger.info(report, 'demo data loaded');
}
