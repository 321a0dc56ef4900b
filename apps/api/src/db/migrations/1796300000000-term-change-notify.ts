import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that writes terms sends NOTIFY lightbridge_terms (delivered when its transaction
 * commits; several in one transaction arrive as one), so that API processes keep their
 * classification snapshot until it changes instead of asking on every request
 * (modules/taxonomy/term-change-listener.ts).
 */
export class TermChangeNotify1796300000000 implements MigrationInterface {
  name = 'TermChangeNotify1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION term_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lightbridge_terms', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER term_change_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON term
      FOR EACH STATEMENT EXECUTE FUNCTION term_change_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER term_change_notify ON term');
    await queryRunner.query('DROP FUNCTION term_change_notify()');
  }
}
