import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The home page's key figures, kept by statement-level triggers in the transaction of every write,
 * so that reading them costs a few rows instead of counting whole tables (3.5–6.3 s at 1M
 * organizations). platform_count holds one row per (metric, key): organizations by "KIND/COUNTRY"
 * (live ones only), and single-row metrics under the key '': capabilities and open needs of live
 * organizations, communities, accepted links, agreements, events and trade missions.
 * An organization that is removed or restored takes its capabilities and open needs with it.
 * SET LOCAL lightbridge.counts_deferred = 'on' skips the triggers (a bulk load), which must then
 * call platform_count_rebuild() in the same transaction; so must anyone who hard-deletes an
 * organization (the platform only removes them softly).
 */
export class PlatformCounts1796290000000 implements MigrationInterface {
  name = 'PlatformCounts1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE platform_count (
      metric text NOT NULL,
      key text NOT NULL,
      n bigint NOT NULL,
      CONSTRAINT platform_count_pkey PRIMARY KEY (metric, key))`);
    await queryRunner.query(`CREATE FUNCTION platform_counts_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT coalesce(current_setting('lightbridge.counts_deferred', true), '') = 'on' $$`);
    await queryRunner.query(`CREATE FUNCTION platform_count_add(metric text, key text, delta bigint) RETURNS void LANGUAGE sql AS $$
      INSERT INTO platform_count AS pc (metric, key, n) SELECT $1, $2, $3 WHERE $3 <> 0
      ON CONFLICT ON CONSTRAINT platform_count_pkey DO UPDATE SET n = pc.n + excluded.n $$`);
    await queryRunner.query(`CREATE FUNCTION platform_count_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM platform_count;
        INSERT INTO platform_count (metric, key, n)
        SELECT 'organizations', kind || '/' || country, count(*) FROM organization WHERE deleted_at IS NULL GROUP BY kind, country;
        INSERT INTO platform_count (metric, key, n) VALUES
          ('capabilities', '', (SELECT count(*) FROM capability c JOIN organization o ON o.id = c.organization_id AND o.deleted_at IS NULL)),
          ('open_needs', '', (SELECT count(*) FROM need n JOIN organization o ON o.id = n.organization_id AND o.deleted_at IS NULL WHERE n.status = 'OPEN')),
          ('communities', '', (SELECT count(*) FROM community)),
          ('accepted_links', '', (SELECT count(*) FROM link WHERE status = 'ACCEPTED')),
          ('agreements', '', (SELECT count(*) FROM agreement)),
          ('events', '', (SELECT count(*) FROM event)),
          ('missions', '', (SELECT count(*) FROM event WHERE kind = 'TRADE_MISSION'));
      END $$`);
    // One metric of a table: the rows that match TG_ARGV[1] (a condition on alias r) counted in and out.
    await queryRunner.query(`CREATE FUNCTION platform_count_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added bigint := 0;
        removed bigint := 0;
      BEGIN
        IF platform_counts_deferred() THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('SELECT count(*) FROM new_rows r WHERE %s', TG_ARGV[1]) INTO added;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          EXECUTE format('SELECT count(*) FROM old_rows r WHERE %s', TG_ARGV[1]) INTO removed;
        END IF;
        PERFORM platform_count_add(TG_ARGV[0], '', added - removed);
        RETURN NULL;
      END $$`);
    // Keys change in key order, so that concurrent writers lock shared count rows in one order.
    await queryRunner.query(`CREATE FUNCTION platform_count_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        restored integer[];
        removed integer[];
      BEGIN
        IF platform_counts_deferred() THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM platform_count_add('organizations', key, n) FROM (
            SELECT kind || '/' || country AS key, count(*) AS n FROM new_rows WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1) k;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM platform_count_add('organizations', key, -n) FROM (
            SELECT kind || '/' || country AS key, count(*) AS n FROM old_rows WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1) k;
        ELSE
          PERFORM platform_count_add('organizations', key, n) FROM (
            SELECT key, sum(d) AS n FROM (
              SELECT kind || '/' || country AS key, 1 AS d FROM new_rows WHERE deleted_at IS NULL
              UNION ALL SELECT kind || '/' || country, -1 FROM old_rows WHERE deleted_at IS NULL) changes
            GROUP BY key ORDER BY key) k;
          SELECT array_agg(n.id) FILTER (WHERE n.deleted_at IS NULL), array_agg(n.id) FILTER (WHERE n.deleted_at IS NOT NULL)
          INTO restored, removed
          FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.deleted_at IS NULL) <> (o.deleted_at IS NULL);
          IF restored IS NOT NULL OR removed IS NOT NULL THEN
            PERFORM platform_count_add('capabilities', '',
              (SELECT count(*) FROM capability WHERE organization_id = ANY(coalesce(restored, '{}')))
              - (SELECT count(*) FROM capability WHERE organization_id = ANY(coalesce(removed, '{}'))));
            PERFORM platform_count_add('open_needs', '',
              (SELECT count(*) FROM need WHERE status = 'OPEN' AND organization_id = ANY(coalesce(restored, '{}')))
              - (SELECT count(*) FROM need WHERE status = 'OPEN' AND organization_id = ANY(coalesce(removed, '{}'))));
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, metric, condition] of ROW_METRICS) {
      for (const event of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER ${table}_count_${metric}_${event.toLowerCase()} AFTER ${event} ON ${table} ${transition(event)}
           FOR EACH STATEMENT EXECUTE FUNCTION platform_count_rows_changed('${metric}', '${condition.replace(/'/g, "''")}')`,
        );
      }
    }
    for (const event of EVENTS) {
      await queryRunner.query(
        `CREATE TRIGGER organization_count_${event.toLowerCase()} AFTER ${event} ON organization ${transition(event)}
         FOR EACH STATEMENT EXECUTE FUNCTION platform_count_organization_changed()`,
      );
    }
    await queryRunner.query(`SELECT platform_count_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of EVENTS) await queryRunner.query(`DROP TRIGGER organization_count_${event.toLowerCase()} ON organization`);
    for (const [table, metric] of ROW_METRICS) {
      for (const event of EVENTS) await queryRunner.query(`DROP TRIGGER ${table}_count_${metric}_${event.toLowerCase()} ON ${table}`);
    }
    for (const fn of [
      'platform_count_organization_changed()',
      'platform_count_rows_changed()',
      'platform_count_rebuild()',
      'platform_count_add(text, text, bigint)',
      'platform_counts_deferred()',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TABLE platform_count`);
  }
}

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

function transition(event: (typeof EVENTS)[number]): string {
  if (event === 'INSERT') return 'REFERENCING NEW TABLE AS new_rows';
  if (event === 'DELETE') return 'REFERENCING OLD TABLE AS old_rows';
  return 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows';
}

const LIVE_ORGANIZATION = 'EXISTS (SELECT 1 FROM organization o WHERE o.id = r.organization_id AND o.deleted_at IS NULL)';

/** [table, metric, which of its rows count (alias r)] */
const ROW_METRICS: [string, string, string][] = [
  ['capability', 'capabilities', LIVE_ORGANIZATION],
  ['need', 'open_needs', `r.status = 'OPEN' AND ${LIVE_ORGANIZATION}`],
  ['community', 'communities', 'true'],
  ['link', 'accepted_links', `r.status = 'ACCEPTED'`],
  ['agreement', 'agreements', 'true'],
  ['event', 'events', 'true'],
  ['event', 'missions', `r.kind = 'TRADE_MISSION'`],
];
