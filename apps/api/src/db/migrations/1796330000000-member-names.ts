import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member tables and the column that names their group. The membership index covers
 * invitations too: partial (active members only), it matched "status = 'ACTIVE'" in membership
 * probes by organization, and a bulk load's planner, before statistics, scanned all of it for each
 * probe (a 100k load took 520 s instead of 25).
 */
const MEMBER_TABLES = [
  { table: 'membership', group: 'cluster_id' },
  { table: 'community_member', group: 'community_id' },
] as const;

/**
 * A cluster's or community's members in name order, as an index range: each membership row carries
 * its organization's name, kept by triggers (filled on insert, followed on rename), and an index on
 * (group, name, organization) lists the members page by page. A members page walked all
 * organizations by name and probed each for membership (alpha-rlh's 44,740 members at 1M: about
 * 450 probes per page of 20; a smaller group, more), or read up to 1,000 member ids and sorted them.
 */
export class MemberNames1796330000000 implements MigrationInterface {
  name = 'MemberNames1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION member_name_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.organization_name := (SELECT name FROM organization WHERE id = NEW.organization_id);
        RETURN NEW;
      END $$`);
    for (const { table, group } of MEMBER_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN organization_name text`);
      await queryRunner.query(`UPDATE ${table} m SET organization_name = o.name FROM organization o WHERE o.id = m.organization_id`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN organization_name SET NOT NULL`);
      await queryRunner.query(`CREATE INDEX ${table}_name_idx ON ${table} (${group}, organization_name, organization_id)`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_name BEFORE INSERT OR UPDATE OF organization_id ON ${table} FOR EACH ROW EXECUTE FUNCTION member_name_fill()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION member_names_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE membership m SET organization_name = n.name
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name <> o.name AND m.organization_id = n.id;
        UPDATE community_member m SET organization_name = n.name
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name <> o.name AND m.organization_id = n.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER organization_member_names AFTER UPDATE ON organization
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_names_follow()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER organization_member_names ON organization');
    await queryRunner.query('DROP FUNCTION member_names_follow()');
    for (const { table } of MEMBER_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_name ON ${table}`);
      await queryRunner.query(`DROP INDEX ${table}_name_idx`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN organization_name`);
    }
    await queryRunner.query('DROP FUNCTION member_name_fill()');
  }
}
