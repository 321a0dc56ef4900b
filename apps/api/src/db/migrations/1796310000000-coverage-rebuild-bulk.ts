import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEMBER_ROWS = `SELECT DISTINCT aa.ancestor_id, sa.ancestor_id, o.id, o.country
        FROM organization o
        JOIN capability c ON c.organization_id = o.id
        JOIN capability_application ca ON ca.capability_id = c.id
        JOIN coverage_term_ancestry() aa ON aa.term_id = ca.application_id
        JOIN coverage_term_ancestry() sa ON sa.term_id = c.stage_id
        WHERE o.deleted_at IS NULL`;

/**
 * coverage_rebuild() (the end of a bulk load) fills coverage_member without its indexes and builds
 * them afterwards: inserting 759k rows into the primary key and the organization index one by one
 * took 6.9 s of a 100k-organization load, inserting them bare and building both indexes 2.6 s.
 * TRUNCATE leaves no dead rows behind for the inserts to step over (DELETE did). Both take an
 * exclusive lock on the coverage tables until the load commits, so coverage reads wait for the end
 * of a bulk load instead of reading the rows it is replacing; only the demo and benchmark loads
 * rebuild (imports and every other write go through the triggers).
 */
export class CoverageRebuildBulk1796310000000 implements MigrationInterface {
  name = 'CoverageRebuildBulk1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE coverage_count, coverage_member;
        ALTER TABLE coverage_member DROP CONSTRAINT coverage_member_pkey;
        DROP INDEX coverage_member_organization_idx;
        INSERT INTO coverage_member (application_id, stage_id, organization_id, country)
        ${MEMBER_ROWS};
        ALTER TABLE coverage_member ADD CONSTRAINT coverage_member_pkey PRIMARY KEY (application_id, stage_id, organization_id);
        CREATE INDEX coverage_member_organization_idx ON coverage_member (organization_id);
        INSERT INTO coverage_count (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM coverage_member GROUP BY 1, 2, 3;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION coverage_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM coverage_count;
        DELETE FROM coverage_member;
        INSERT INTO coverage_member (application_id, stage_id, organization_id, country)
        ${MEMBER_ROWS};
        INSERT INTO coverage_count (application_id, stage_id, country, organizations)
        SELECT application_id, stage_id, country, count(*) FROM coverage_member GROUP BY 1, 2, 3;
      END $$`);
  }
}
