/**
 * Writes a migration with the SQL that brings a database migrated to the latest migration in line
 * with the entities. Runs on a throwaway in-memory embedded database. Review the output before
 * committing it. Usage: pnpm --filter @lightbridge/api migration:generate <Name>
 */
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createDataSource } from '../src/db/data-source';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name.');
  const embedded = await startEmbeddedPostgres(null);
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1, statementTimeoutMs: 60_000 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    const file = path.join(
      __dirname,
      '..',
      'src',
      'db',
      'migrations',
      `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
    );
    fs.writeFileSync(file, body);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements). Review it before committing.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
