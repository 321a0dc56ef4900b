import type { DataSource } from 'typeorm';
import { withForeignKeysDeferred } from '../../src/db/seed/deferred-foreign-keys';
import { ORGANIZATION_BATCH_TABLES } from '../../src/db/seed/load-organizations';
import { openTestDataSource, resetDatabase } from '../support/database';

let db: DataSource;

beforeAll(async () => {
  await resetDatabase('taxonomy');
  db = await openTestDataSource();
});

afterAll(async () => {
  await db.destroy();
});

const foreignKeys = async (): Promise<string[]> =>
  (
    (await db.query(
      `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated AS key
       FROM pg_constraint WHERE contype = 'f' ORDER BY 1`,
    )) as { key: string }[]
  ).map((row) => row.key);

const organizationCount = async (): Promise<number> =>
  Number(((await db.query('SELECT count(*) AS n FROM organization')) as { n: string }[])[0]!.n);

describe('a bulk load with its foreign keys deferred', () => {
  it('checks the rows at the end and leaves every key as it was', async () => {
    const before = await foreignKeys();
    expect(before.some((key) => key.startsWith('capability_application '))).toBe(true);
    let keysDuringWork: string[] = [];
    await db.transaction((manager) =>
      withForeignKeysDeferred(manager, ORGANIZATION_BATCH_TABLES, async () => {
        keysDuringWork = (
          (await manager.query(`SELECT conrelid::regclass::text AS t FROM pg_constraint WHERE contype = 'f'`)) as { t: string }[]
        ).map((row) => row.t);
        await manager.query(
          `WITH o AS (INSERT INTO organization (slug, name, kind, country) VALUES ('deferred-keys', 'Deferred Keys', 'SME', 'FR') RETURNING id)
           INSERT INTO capability (organization_id, technology_id, stage_id, trl)
           SELECT o.id, (SELECT id FROM term WHERE code = 'tech.fibre-lasers'), (SELECT id FROM term WHERE code = 'stage.materials'), 5 FROM o`,
        );
      }),
    );
    expect(keysDuringWork.filter((table) => ORGANIZATION_BATCH_TABLES.includes(table))).toEqual([]);
    expect(await foreignKeys()).toEqual(before);
    expect(await organizationCount()).toBe(1);
  });

  it('fails the whole load, keys and rows as before, when a row breaks a key', async () => {
    const before = await foreignKeys();
    const count = await organizationCount();
    await expect(
      db.transaction((manager) =>
        withForeignKeysDeferred(manager, ORGANIZATION_BATCH_TABLES, async () => {
          await manager.query(`INSERT INTO organization (slug, name, kind, country) VALUES ('deferred-broken', 'Broken', 'SME', 'DE')`);
          await manager.query(`INSERT INTO capability_application (capability_id, application_id) VALUES (2147483647, 2147483647)`);
        }),
      ),
    ).rejects.toThrow(/foreign key/);
    expect(await foreignKeys()).toEqual(before);
    expect(await organizationCount()).toBe(count);
  });
});
