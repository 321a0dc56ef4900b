import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text and fuzzy search. Written by hand: the vectors are expression indexes over immutable
 * functions (declared in the entities with synchronize: false), so that queries that call the same
 * functions use the indexes and no stored column has to be kept up to date by bulk loads.
 */
export class Search1795480726921 implements MigrationInterface {
  name = 'Search1795480726921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes the
    // wrapper safe to declare IMMUTABLE, which index expressions require.
    await queryRunner.query(
      `CREATE FUNCTION lb_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION organization_search_vector(name text, city text, description text) RETURNS tsvector
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(name), '')), 'A')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(city), '')), 'C')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(description), '')), 'D') $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION term_search_vector(code text, labels jsonb, synonyms text[]) RETURNS tsvector
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(concat_ws(' ', labels->>'en', labels->>'de', labels->>'fr', labels->>'it')), '')), 'A')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(array_to_string(synonyms, ' ')), '')), 'B')
                 || setweight(to_tsvector('simple'::regconfig, replace(code, '.', ' ')), 'D') $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION community_search_vector(name text, description text) RETURNS tsvector
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(name), '')), 'A')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(description), '')), 'D') $$`,
    );
    await queryRunner.query(
      `CREATE INDEX organization_search_idx ON organization USING gin (organization_search_vector(name, city, description))`,
    );
    await queryRunner.query(`CREATE INDEX organization_name_trgm_idx ON organization USING gin (public.lb_fold(name) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX term_search_idx ON term USING gin (term_search_vector(code, labels, synonyms))`);
    await queryRunner.query(`CREATE INDEX community_search_idx ON community USING gin (community_search_vector(name, description))`);
    await queryRunner.query(`CREATE INDEX community_name_trgm_idx ON community USING gin (public.lb_fold(name) gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX community_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX community_search_idx`);
    await queryRunner.query(`DROP INDEX term_search_idx`);
    await queryRunner.query(`DROP INDEX organization_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX organization_search_idx`);
    await queryRunner.query(`DROP FUNCTION community_search_vector(text, text)`);
    await queryRunner.query(`DROP FUNCTION term_search_vector(text, jsonb, text[])`);
    await queryRunner.query(`DROP FUNCTION organization_search_vector(text, text, text)`);
    await queryRunner.query(`DROP FUNCTION lb_fold(text)`);
  }
}
