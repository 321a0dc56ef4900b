import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** pg's pool under an initialized TypeORM data source (the postgres driver keeps it as `master`); null otherwise. */
export function pgPoolOf(dataSource: DataSource): Pool | null {
  const master = (dataSource.driver as unknown as { master?: Partial<Pool> }).master;
  return master && typeof master.totalCount === 'number' ? (master as Pool) : null;
}
