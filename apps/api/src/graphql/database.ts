import type { DataSource, EntityManager } from 'typeorm';
import { committed } from '../db/commit-hooks';
import { preparedQuery } from '../db/prepared-query';

/**
 * The one way services reach PostgreSQL: parameterised SQL on the primary or on a read replica,
 * counted per request so that tests and benchmarks can check that the statement count of a request
 * does not grow with the rows it returns.
 */
export class Database {
  statements = 0;

  constructor(
    readonly primary: DataSource,
    private readonly replica: DataSource | null = null,
  ) {}

  /** A read-only query, as a prepared statement (db/prepared-query.ts); goes to the replica when one is configured. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.statements += 1;
    return (await preparedQuery(this.replica ?? this.primary, sql, params)) as T[];
  }

  /** Runs work in one transaction on the primary; every statement inside must use the given manager. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.statements += 1;
    const result = await this.primary.transaction(async (manager) => work(countingManager(manager, this)));
    committed(this.primary);
    return result;
  }
}

function countingManager(manager: EntityManager, db: Database): EntityManager {
  const query = manager.query.bind(manager);
  manager.query = async (sql: string, params?: unknown[]) => {
    db.statements += 1;
    return query(sql, params);
  };
  return manager;
}
