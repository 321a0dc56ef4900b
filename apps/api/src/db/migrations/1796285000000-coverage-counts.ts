import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Value-chain coverage counts, kept up to date by triggers in the transaction of every write, so
 * that a chain's stage counts for a set of countries are read from a few rows instead of joining
 * capabilities, their applications and organizations (over 10 s at 1M organizations).
 *
 * coverage_member: one row per (application term or one of its ancestors, stage term or one of
 * its ancestors, organization) for every live organization with such a capability, with the
 * organization's country. coverage_count: those rows counted by (application, stage, country).
 * A stage's providers for an application area and its descendants are then the count under the
 * two subtree roots, without counting an organization twice. Each trigger recomputes the rows of
 * the organizations its statement touched; a moved term recomputes those of its subtree.
 * SET LOCAL lightbridge.coverage_deferred = 'on' skips the triggers (a bulk load), which must
 * then call coverage_rebuild() in the same transaction.
 */
export class CoverageCounts1796285000000 implements MigrationInterface {
  name = 'CoverageCounts1796285000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE coverage_member (
      application_id integer NOT NULL,
      stage_id integer NOT NULL,
      organization_id integer NOT NULL,
      country text NOT NULL,
      CONSTRAINT coverage_member_pkey PRIMARY KEY (application_id, stage_id, organization_id))`);
    await queryRunner.query(`CREATE INDEX coverage_member_organization_idx ON coverage_member (organization_id)`);
    await queryRunner.query(`CREATE TABLE coverage_count (
      application_id integer NOT NULL,
      stage_id integer NOT NULL,
      country text NOT NULL,
      organizations integer NOT NULL,
      CONSTRAINT coverage_count_pkey PRIMARY KEY (application_id, stage_id, country))`);
    // Every term with itself and each of its ancestors (UNION stops on a cycle).
    await queryRunner.query(`CREATE FUNCTION coverage_term_ancestry() RETURNS TABLE (term_id integer, ancestor_id integer)
      LANGUAGE sql STABLE AS $$
        WITH RECURSIVE ancestry(term_id, ancestor_id) AS (
          SELECT id, id FROM term
          UNION
          SELECT a.term_id, t.parent_id FROM ancestry a JOIN term t ON t.id = a.ancestor_id WHERE t.parent_id IS NOT NULL)
        SELECT term_id, ancestor_id FROM ancestry $$`);
    // Counts change in key order, so that concurrent writers lock shared count rows in one order.
    await queryRunner.query(`CREATE FUNCTION coverage_refresh(organization_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(organization_ids) = 0 OR current_setting('lightbridge.coverage_deferred', true) = 'on' THEN
          RETURN;
        END IF;
        WITH removed AS (
          DELETE FROM coverage_member WHERE organization_id = ANY(organization_ids) RETURNING application_id, stage_id, country)
        INSERT INTO coverage_count AS cc (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, -count(*) FROM removed GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (application_id, stage_id, country) DO UPDATE SET organizations = cc.organizations + excluded.organizations;
        WITH added AS (
          INSERT INTO coverage_member (application_id, stage_id, organization_id, country)
          SELECT DISTINCT aa.ancestor_id, sa.ancestor_id, o.id, o.country
          FROM organization o
          JOIN capability c ON c.organization_id = o.id
          JOIN capability_application ca ON ca.capability_id = c.id
          JOIN coverage_term_ancestry() aa ON aa.term_id = ca.application_id
          JOIN coverage_term_ancestry() sa ON sa.term_id = c.stage_id
          WHERE o.id = ANY(organization_ids) AND o.deleted_at IS NULL
          RETURNING application_id, stage_id, country)
        INSERT INTO coverage_count AS cc (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (application_id, stage_id, country) DO UPDATE SET organizations = cc.organizations + excluded.organizations;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION coverage_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM coverage_count;
        DELETE FROM coverage_member;
        INSERT INTO coverage_member (application_id, stage_id, organization_id, country)
        SELECT DISTINCT aa.ancestor_id, sa.ancestor_id, o.id, o.country
        FROM organization o
        JOIN capability c ON c.organization_id = o.id
        JOIN capability_application ca ON ca.capability_id = c.id
        JOIN coverage_term_ancestry() aa ON aa.term_id = ca.application_id
        JOIN coverage_term_ancestry() sa ON sa.term_id = c.stage_id
        WHERE o.deleted_at IS NULL;
        INSERT INTO coverage_count (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM coverage_member GROUP BY 1, 2, 3;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION coverage_capability_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
        ELSE
          PERFORM coverage_refresh(ARRAY(
            SELECT unnest(ARRAY[n.organization_id, o.organization_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.stage_id <> o.stage_id OR n.organization_id <> o.organization_id));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION coverage_capability_application_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT c.organization_id FROM new_rows r JOIN capability c ON c.id = r.capability_id));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT c.organization_id FROM old_rows r JOIN capability c ON c.id = r.capability_id));
        ELSE
          PERFORM coverage_refresh(ARRAY(
            SELECT c.organization_id FROM new_rows r JOIN capability c ON c.id = r.capability_id
            UNION SELECT c.organization_id FROM old_rows r JOIN capability c ON c.id = r.capability_id));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION coverage_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM coverage_refresh(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE n.country <> o.country OR (n.deleted_at IS NULL) <> (o.deleted_at IS NULL)));
        RETURN NULL;
      END $$`);
    // A term that moves changes the ancestors of its whole subtree: recompute the organizations with a capability in it.
    await queryRunner.query(`CREATE FUNCTION coverage_term_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moved integer[];
      BEGIN
        WITH RECURSIVE subtree(id) AS (
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.parent_id IS DISTINCT FROM o.parent_id
          UNION
          SELECT t.id FROM term t JOIN subtree s ON t.parent_id = s.id)
        SELECT array_agg(id) INTO moved FROM subtree;
        IF moved IS NOT NULL THEN
          PERFORM coverage_refresh(ARRAY(
            SELECT c.organization_id FROM capability c WHERE c.stage_id = ANY(moved)
            UNION SELECT c.organization_id FROM capability_application ca JOIN capability c ON c.id = ca.capability_id
                  WHERE ca.application_id = ANY(moved)));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn, events] of TRIGGERS) {
      for (const event of events) {
        const transition =
          event === 'INSERT'
            ? 'REFERENCING NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'REFERENCING OLD TABLE AS old_rows'
              : 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows';
        await queryRunner.query(
          `CREATE TRIGGER ${table}_coverage_${event.toLowerCase()} AFTER ${event} ON ${table} ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
    }
    await queryRunner.query(`SELECT coverage_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, , events] of TRIGGERS) {
      for (const event of events) await queryRunner.query(`DROP TRIGGER ${table}_coverage_${event.toLowerCase()} ON ${table}`);
    }
    for (const fn of [
      'coverage_term_changed()',
      'coverage_organization_changed()',
      'coverage_capability_application_changed()',
      'coverage_capability_changed()',
      'coverage_rebuild()',
      'coverage_refresh(integer[])',
      'coverage_term_ancestry()',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TABLE coverage_count`);
    await queryRunner.query(`DROP TABLE coverage_member`);
  }
}

const TRIGGERS: [string, string, ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
  ['capability', 'coverage_capability_changed', ['INSERT', 'UPDATE', 'DELETE']],
  ['capability_application', 'coverage_capability_application_changed', ['INSERT', 'UPDATE', 'DELETE']],
  ['organization', 'coverage_organization_changed', ['UPDATE']],
  ['term', 'coverage_term_changed', ['UPDATE']],
];
