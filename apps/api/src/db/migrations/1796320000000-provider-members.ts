import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows of a kept summary: for every live organization's capabilities, each application term
 * or one of its ancestors ("aa") with each ancestor of another term of the capability ("ta").
 */
const capabilityAncestry = (columns: string, term: string) => `SELECT DISTINCT ${columns}
        FROM organization o
        JOIN capability c ON c.organization_id = o.id
        JOIN capability_application ca ON ca.capability_id = c.id
        JOIN coverage_term_ancestry() aa ON aa.term_id = ca.application_id
        JOIN coverage_term_ancestry() ta ON ta.term_id = ${term}
        WHERE o.deleted_at IS NULL`;

/** coverage_member's rows: application or ancestor, stage or ancestor, organization, country. */
const COVERAGE_ROWS = capabilityAncestry('aa.ancestor_id, ta.ancestor_id, o.id, o.country', 'c.stage_id');

/** The body of coverage_refresh as the CoverageCounts migration made it (the same statements). */
const COVERAGE_REFRESH = `
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
          ${COVERAGE_ROWS} AND o.id = ANY(organization_ids)
          RETURNING application_id, stage_id, country)
        INSERT INTO coverage_count AS cc (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM added GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (application_id, stage_id, country) DO UPDATE SET organizations = cc.organizations + excluded.organizations;`;

/** The body of coverage_rebuild as the CoverageRebuildBulk migration made it. */
const COVERAGE_REBUILD = `
        TRUNCATE coverage_count, coverage_member;
        ALTER TABLE coverage_member DROP CONSTRAINT coverage_member_pkey;
        DROP INDEX coverage_member_organization_idx;
        INSERT INTO coverage_member (application_id, stage_id, organization_id, country)
        ${COVERAGE_ROWS};
        ALTER TABLE coverage_member ADD CONSTRAINT coverage_member_pkey PRIMARY KEY (application_id, stage_id, organization_id);
        CREATE INDEX coverage_member_organization_idx ON coverage_member (organization_id);
        INSERT INTO coverage_count (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM coverage_member GROUP BY 1, 2, 3;`;

/** provider_member's rows: application or ancestor, technology or ancestor, organization name and id. */
const PROVIDER_ROWS = capabilityAncestry('aa.ancestor_id, ta.ancestor_id, o.name, o.id', 'c.technology_id');

/** Organizations whose coverage rows change with the row: country or deletion, as in CoverageCounts. */
const ORGANIZATION_CHANGED = 'n.country <> o.country OR (n.deleted_at IS NULL) <> (o.deleted_at IS NULL)';

/** Capability updates that change coverage rows, as in CoverageCounts. */
const CAPABILITY_CHANGED = 'n.stage_id <> o.stage_id OR n.organization_id <> o.organization_id';

/** Capabilities whose coverage rows change when the terms in "moved" get other ancestors, as in CoverageCounts. */
const MOVED_CAPABILITIES = `SELECT c.organization_id FROM capability c WHERE c.stage_id = ANY(moved)
            UNION SELECT c.organization_id FROM capability_application ca JOIN capability c ON c.id = ca.capability_id
                  WHERE ca.application_id = ANY(moved)`;

/**
 * The providers of an application area for one technology, as a kept index range: one row per
 * (application term or one of its ancestors, technology term or one of its ancestors,
 * organization) for every live organization with a capability in that technology applied to that
 * area, with the organization's name, in name order. A technology's tree of application areas
 * walked, for each area, the organizations that hold one of the technology's capabilities (the
 * statement cost 7–8 ms at 10k organizations and seconds at 1M); it now reads 20 rows per area.
 *
 * Kept by the coverage triggers in the same transaction as every write (coverage_refresh also
 * refreshes these rows; a rename or a capability's new technology now refreshes an organization,
 * and a moved technology term its holders), and rebuilt with the coverage at the end of a bulk load.
 */
export class ProviderMembers1796320000000 implements MigrationInterface {
  name = 'ProviderMembers1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE provider_member (
      application_id integer NOT NULL,
      technology_id integer NOT NULL,
      name text NOT NULL,
      organization_id integer NOT NULL,
      CONSTRAINT provider_member_pkey PRIMARY KEY (application_id, technology_id, name, organization_id))`);
    await queryRunner.query(`CREATE INDEX provider_member_organization_idx ON provider_member (organization_id)`);
    await queryRunner.query(`CREATE FUNCTION provider_refresh(organization_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM provider_member WHERE organization_id = ANY(organization_ids);
        INSERT INTO provider_member (application_id, technology_id, name, organization_id)
        ${PROVIDER_ROWS} AND o.id = ANY(organization_ids);
      END $$`);
    // Filled bare, indexed after (see CoverageRebuildBulk).
    await queryRunner.query(`CREATE FUNCTION provider_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE provider_member;
        ALTER TABLE provider_member DROP CONSTRAINT provider_member_pkey;
        DROP INDEX provider_member_organization_idx;
        INSERT INTO provider_member (application_id, technology_id, name, organization_id)
        ${PROVIDER_ROWS};
        ALTER TABLE provider_member ADD CONSTRAINT provider_member_pkey PRIMARY KEY (application_id, technology_id, name, organization_id);
        CREATE INDEX provider_member_organization_idx ON provider_member (organization_id);
      END $$`);
    await this.replaceCoverageFunctions(queryRunner, {
      refresh: `${COVERAGE_REFRESH}\n        PERFORM provider_refresh(organization_ids);`,
      rebuild: `${COVERAGE_REBUILD}\n        PERFORM provider_rebuild();`,
      capabilityChanged: `${CAPABILITY_CHANGED} OR n.technology_id <> o.technology_id`,
      organizationChanged: `${ORGANIZATION_CHANGED} OR n.name <> o.name`,
      movedCapabilities: `${MOVED_CAPABILITIES}\n            UNION SELECT c.organization_id FROM capability c WHERE c.technology_id = ANY(moved)`,
    });
    await queryRunner.query('SELECT provider_rebuild()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceCoverageFunctions(queryRunner, {
      refresh: COVERAGE_REFRESH,
      rebuild: COVERAGE_REBUILD,
      capabilityChanged: CAPABILITY_CHANGED,
      organizationChanged: ORGANIZATION_CHANGED,
      movedCapabilities: MOVED_CAPABILITIES,
    });
    await queryRunner.query('DROP FUNCTION provider_rebuild()');
    await queryRunner.query('DROP FUNCTION provider_refresh(integer[])');
    await queryRunner.query('DROP TABLE provider_member');
  }

  private async replaceCoverageFunctions(
    queryRunner: QueryRunner,
    bodies: { refresh: string; rebuild: string; capabilityChanged: string; organizationChanged: string; movedCapabilities: string },
  ): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_refresh(organization_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN${bodies.refresh}
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN${bodies.rebuild}
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_capability_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
        ELSE
          PERFORM coverage_refresh(ARRAY(
            SELECT unnest(ARRAY[n.organization_id, o.organization_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE ${bodies.capabilityChanged}));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM coverage_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${bodies.organizationChanged}));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_term_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moved integer[];
      BEGIN
        WITH RECURSIVE subtree(id) AS (
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.parent_id IS DISTINCT FROM o.parent_id
          UNION
          SELECT t.id FROM term t JOIN subtree s ON t.parent_id = s.id)
        SELECT array_agg(id) INTO moved FROM subtree;
        IF moved IS NOT NULL THEN
          PERFORM coverage_refresh(ARRAY(${bodies.movedCapabilities}));
        END IF;
        RETURN NULL;
      END $$`);
  }
}
