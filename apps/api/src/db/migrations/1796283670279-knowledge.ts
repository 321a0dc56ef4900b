import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge articles and their links to organizations, terms and value chains; generated, plus the
 * hand-written search vector (an expression index over an immutable function, like the search migration).
 */
export class Knowledge1796283670279 implements MigrationInterface {
  name = 'Knowledge1796283670279';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "knowledge_article" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "body" text NOT NULL, "body_html" text NOT NULL, "target_countries" text array NOT NULL DEFAULT '{}', "event_id" integer, "author_user_id" integer, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "knowledge_article_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "knowledge_article_language_check" CHECK (language IN ('en', 'de', 'fr', 'it')), CONSTRAINT "knowledge_article_kind_check" CHECK (kind IN ('INTERNATIONALISATION_PRACTICE', 'CROSS_SECTOR_COLLABORATION', 'MISSION_REPORT', 'MARKET_STUDY', 'GUIDE')), CONSTRAINT "PK_5e6c80ff5dc988b082b737db9df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "knowledge_article_slug_key" ON "knowledge_article"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "knowledge_article_event_idx" ON "knowledge_article"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "knowledge_article_published_idx" ON "knowledge_article"  ("published_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "knowledge_article_author" ("article_id" integer NOT NULL, "organization_id" integer NOT NULL, CONSTRAINT "PK_23a0da7e217389e9e9f98e27860" PRIMARY KEY ("article_id", "organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "knowledge_article_author_organization_idx" ON "knowledge_article_author"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "knowledge_article_term" ("article_id" integer NOT NULL, "term_id" integer NOT NULL, CONSTRAINT "PK_3891505b6e959c356c5fa1d2ef6" PRIMARY KEY ("article_id", "term_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "knowledge_article_term_term_idx" ON "knowledge_article_term"  ("term_id") `);
    await queryRunner.query(
      `CREATE TABLE "knowledge_article_value_chain" ("article_id" integer NOT NULL, "value_chain_id" integer NOT NULL, CONSTRAINT "PK_724bf2b6e77d49fff9271d87fc4" PRIMARY KEY ("article_id", "value_chain_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_article_value_chain_chain_idx" ON "knowledge_article_value_chain"  ("value_chain_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article" ADD CONSTRAINT "FK_73980fd1e95b667139ead0a9ad1" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article" ADD CONSTRAINT "FK_6c84bd562911d4f9483d55fe4fa" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_author" ADD CONSTRAINT "FK_293dbd3a3a3e48335a864aadca5" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_author" ADD CONSTRAINT "FK_ad385fd392c7218bcba6a03a718" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_term" ADD CONSTRAINT "FK_f4033e62167965305557cebd552" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_term" ADD CONSTRAINT "FK_df7dfb631a663464d52b9a93a31" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_value_chain" ADD CONSTRAINT "FK_267eb7612e405dcc36aaaaa3c3e" FOREIGN KEY ("article_id") REFERENCES "knowledge_article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_article_value_chain" ADD CONSTRAINT "FK_211a4d823264d31a5022a02453d" FOREIGN KEY ("value_chain_id") REFERENCES "value_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION knowledge_article_search_vector(title text, summary text, body text) RETURNS tsvector
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(title), '')), 'A')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(summary), '')), 'B')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(public.lb_fold(body), '')), 'D') $$`,
    );
    await queryRunner.query(
      `CREATE INDEX knowledge_article_search_idx ON knowledge_article USING gin (knowledge_article_search_vector(title, summary, body))`,
    );
    await queryRunner.query(
      `CREATE INDEX knowledge_article_title_trgm_idx ON knowledge_article USING gin (public.lb_fold(title) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_search_idx"`);
    await queryRunner.query(`DROP FUNCTION knowledge_article_search_vector(text, text, text)`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_value_chain" DROP CONSTRAINT "FK_211a4d823264d31a5022a02453d"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_value_chain" DROP CONSTRAINT "FK_267eb7612e405dcc36aaaaa3c3e"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_term" DROP CONSTRAINT "FK_df7dfb631a663464d52b9a93a31"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_term" DROP CONSTRAINT "FK_f4033e62167965305557cebd552"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_author" DROP CONSTRAINT "FK_ad385fd392c7218bcba6a03a718"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article_author" DROP CONSTRAINT "FK_293dbd3a3a3e48335a864aadca5"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" DROP CONSTRAINT "FK_6c84bd562911d4f9483d55fe4fa"`);
    await queryRunner.query(`ALTER TABLE "knowledge_article" DROP CONSTRAINT "FK_73980fd1e95b667139ead0a9ad1"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_value_chain_chain_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_article_value_chain"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_term_term_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_article_term"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_author_organization_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_article_author"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_event_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_article_slug_key"`);
    await queryRunner.query(`DROP TABLE "knowledge_article"`);
  }
}
