import type { MigrationInterface, QueryRunner } from 'typeorm';

const FOLDED_NAME = 'public.lb_fold(name)';

/**
 * A search sorted by relevance ranks its newest matches (RELEVANCE_WINDOW in search-text.ts),
 * found by a walk of a country's organizations newest first, which (country, id) indexes. The walk
 * tests each organization against the text, and the trigram test folded the name every time
 * (unaccent: about 3.6 µs of the 8 µs an organization cost at 1M): the folded name is stored, and
 * its trigram index moves to the column. A broad search at 1M ("laser" in France: 9,939 matches)
 * read and ranked them all, about 0.4 s a request. The typeorm_metadata row: see StoredSearchVector.
 */
export class RelevanceWindow1796340000000 implements MigrationInterface {
  name = 'RelevanceWindow1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "organization_country_id_idx" ON "organization" ("country", "id") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "name_folded" text GENERATED ALWAYS AS (${FOLDED_NAME}) STORED NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'organization', 'GENERATED_COLUMN', 'name_folded', $1)`,
      [FOLDED_NAME],
    );
    await queryRunner.query(`DROP INDEX "organization_name_trgm_idx"`);
    await queryRunner.query(`CREATE INDEX "organization_name_trgm_idx" ON "organization" USING gin ("name_folded" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "organization_name_trgm_idx"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'name_folded' AND "table" = 'organization'`,
    );
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "name_folded"`);
    await queryRunner.query(`CREATE INDEX "organization_name_trgm_idx" ON "organization" USING gin (${FOLDED_NAME} gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX "public"."organization_country_id_idx"`);
  }
}
