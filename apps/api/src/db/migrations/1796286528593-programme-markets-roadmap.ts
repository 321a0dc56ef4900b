import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeMarketsRoadmap1796286528593 implements MigrationInterface {
  name = 'ProgrammeMarketsRoadmap1796286528593';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "market_contact" ("id" SERIAL NOT NULL, "country" text NOT NULL, "application_id" integer, "kind" text NOT NULL, "name" text NOT NULL, "organization_id" integer, "url" text, "note" text NOT NULL DEFAULT '', CONSTRAINT "market_contact_kind_check" CHECK (kind IN ('CLUSTER', 'SOFT_LANDING', 'TRADE_AGENCY', 'RESEARCH', 'INDUSTRY_ASSOCIATION')), CONSTRAINT "market_contact_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_6c56ce653eb87893825aab7b21b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "market_contact_country_idx" ON "market_contact"  ("country", "application_id") `);
    await queryRunner.query(
      `CREATE TABLE "market_regulation" ("id" SERIAL NOT NULL, "country" text NOT NULL, "application_id" integer, "title" text NOT NULL, "authority" text NOT NULL, "summary" text NOT NULL DEFAULT '', "url" text, CONSTRAINT "market_regulation_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_f464d809411419b80349a3dec65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "market_regulation_country_idx" ON "market_regulation"  ("country", "application_id") `);
    await queryRunner.query(
      `CREATE TABLE "trade_fair" ("id" SERIAL NOT NULL, "country" text NOT NULL, "application_id" integer, "name" text NOT NULL, "city" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "url" text, CONSTRAINT "trade_fair_dates_check" CHECK (ends_on >= starts_on), CONSTRAINT "trade_fair_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_82e412bc06286a2604bb192fba9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "trade_fair_country_idx" ON "trade_fair"  ("country", "starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "roadmap_action" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "owner_cluster_id" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "progress" smallint NOT NULL DEFAULT '0', "completed_on" date, "budget_eur" bigint, "target_countries" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "roadmap_action_done_check" CHECK ((status = 'DONE') = (completed_on IS NOT NULL)), CONSTRAINT "roadmap_action_budget_check" CHECK (budget_eur IS NULL OR budget_eur >= 0), CONSTRAINT "roadmap_action_progress_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "roadmap_action_dates_check" CHECK (ends_on >= starts_on), CONSTRAINT "roadmap_action_status_check" CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')), CONSTRAINT "roadmap_action_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_4ac6aded5ba82186b569ba79473" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "roadmap_action_slug_key" ON "roadmap_action"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "roadmap_action_owner_idx" ON "roadmap_action"  ("owner_cluster_id") `);
    await queryRunner.query(`CREATE INDEX "roadmap_action_starts_on_id_idx" ON "roadmap_action"  ("starts_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "roadmap_action_agreement" ("action_id" integer NOT NULL, "agreement_id" integer NOT NULL, CONSTRAINT "PK_f619b613345f43dc1a4d62db4d1" PRIMARY KEY ("action_id", "agreement_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "roadmap_action_agreement_agreement_idx" ON "roadmap_action_agreement"  ("agreement_id", "action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadmap_action_kpi" ("action_id" integer NOT NULL, "kpi_id" integer NOT NULL, "contribution" double precision NOT NULL, CONSTRAINT "roadmap_action_kpi_contribution_check" CHECK (contribution >= 0), CONSTRAINT "PK_ec9a9b205ef0ca385dfdead7069" PRIMARY KEY ("action_id", "kpi_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "roadmap_action_partner" ("action_id" integer NOT NULL, "organization_id" integer NOT NULL, CONSTRAINT "PK_ac3e167637d15bf3ab081a5dca4" PRIMARY KEY ("action_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "roadmap_action_partner_organization_idx" ON "roadmap_action_partner"  ("organization_id", "action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadmap_progress" ("id" SERIAL NOT NULL, "action_id" integer NOT NULL, "reported_on" date NOT NULL, "progress" smallint NOT NULL, "note" text NOT NULL DEFAULT '', "reported_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "roadmap_progress_progress_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "PK_a3d13542b4be19ad6b01f88079d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "roadmap_progress_action_idx" ON "roadmap_progress"  ("action_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "market_contact" ADD CONSTRAINT "FK_56c8930e8b6ef8e737cf237365f" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_contact" ADD CONSTRAINT "FK_72fb0d137b55355580e8f70446e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_regulation" ADD CONSTRAINT "FK_9049aa3e284ce25ab9670186c17" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trade_fair" ADD CONSTRAINT "FK_d89be4770831bd6e608ccc1c12d" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action" ADD CONSTRAINT "FK_58f75d56a5782496008d2d52fe5" FOREIGN KEY ("owner_cluster_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_agreement" ADD CONSTRAINT "FK_1f66e1784465cdd9426593f7500" FOREIGN KEY ("action_id") REFERENCES "roadmap_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_agreement" ADD CONSTRAINT "FK_d5ccc6262a57702c91e2789c399" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_kpi" ADD CONSTRAINT "FK_43fe9b687c7c1083efd4259efef" FOREIGN KEY ("action_id") REFERENCES "roadmap_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_kpi" ADD CONSTRAINT "FK_880de511a8c8485e4ab63fb1594" FOREIGN KEY ("kpi_id") REFERENCES "kpi_definition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_partner" ADD CONSTRAINT "FK_9e8a1849c1d2715b1f4baaddfd7" FOREIGN KEY ("action_id") REFERENCES "roadmap_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_action_partner" ADD CONSTRAINT "FK_e9cc271e4acb36919fcc0fb0d70" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_progress" ADD CONSTRAINT "FK_577aca73c612ca82dd120505a58" FOREIGN KEY ("action_id") REFERENCES "roadmap_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roadmap_progress" ADD CONSTRAINT "FK_5375a5fa1be4f47c4a686c35430" FOREIGN KEY ("reported_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "roadmap_progress" DROP CONSTRAINT "FK_5375a5fa1be4f47c4a686c35430"`);
    await queryRunner.query(`ALTER TABLE "roadmap_progress" DROP CONSTRAINT "FK_577aca73c612ca82dd120505a58"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_partner" DROP CONSTRAINT "FK_e9cc271e4acb36919fcc0fb0d70"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_partner" DROP CONSTRAINT "FK_9e8a1849c1d2715b1f4baaddfd7"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_kpi" DROP CONSTRAINT "FK_880de511a8c8485e4ab63fb1594"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_kpi" DROP CONSTRAINT "FK_43fe9b687c7c1083efd4259efef"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_agreement" DROP CONSTRAINT "FK_d5ccc6262a57702c91e2789c399"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action_agreement" DROP CONSTRAINT "FK_1f66e1784465cdd9426593f7500"`);
    await queryRunner.query(`ALTER TABLE "roadmap_action" DROP CONSTRAINT "FK_58f75d56a5782496008d2d52fe5"`);
    await queryRunner.query(`ALTER TABLE "trade_fair" DROP CONSTRAINT "FK_d89be4770831bd6e608ccc1c12d"`);
    await queryRunner.query(`ALTER TABLE "market_regulation" DROP CONSTRAINT "FK_9049aa3e284ce25ab9670186c17"`);
    await queryRunner.query(`ALTER TABLE "market_contact" DROP CONSTRAINT "FK_72fb0d137b55355580e8f70446e"`);
    await queryRunner.query(`ALTER TABLE "market_contact" DROP CONSTRAINT "FK_56c8930e8b6ef8e737cf237365f"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_progress_action_idx"`);
    await queryRunner.query(`DROP TABLE "roadmap_progress"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_action_partner_organization_idx"`);
    await queryRunner.query(`DROP TABLE "roadmap_action_partner"`);
    await queryRunner.query(`DROP TABLE "roadmap_action_kpi"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_action_agreement_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "roadmap_action_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_action_starts_on_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_action_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."roadmap_action_slug_key"`);
    await queryRunner.query(`DROP TABLE "roadmap_action"`);
    await queryRunner.query(`DROP INDEX "public"."trade_fair_country_idx"`);
    await queryRunner.query(`DROP TABLE "trade_fair"`);
    await queryRunner.query(`DROP INDEX "public"."market_regulation_country_idx"`);
    await queryRunner.query(`DROP TABLE "market_regulation"`);
    await queryRunner.query(`DROP INDEX "public"."market_contact_country_idx"`);
    await queryRunner.query(`DROP TABLE "market_contact"`);
  }
}
