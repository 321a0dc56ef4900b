import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Funding1796283824821 implements MigrationInterface {
  name = 'Funding1796283824821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funding_call" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "programme" text NOT NULL, "identifier" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "opens_on" date, "deadline" date NOT NULL, "url" text NOT NULL, "budget_eur" bigint, "eligible_countries" text array NOT NULL DEFAULT '{}', "min_countries" smallint NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "funding_call_countries_check" CHECK (cardinality(eligible_countries) = 0 OR array_to_string(eligible_countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$'), CONSTRAINT "funding_call_budget_check" CHECK (budget_eur IS NULL OR budget_eur >= 0), CONSTRAINT "funding_call_min_countries_check" CHECK (min_countries BETWEEN 1 AND 30), CONSTRAINT "funding_call_dates_check" CHECK (opens_on IS NULL OR opens_on <= deadline), CONSTRAINT "funding_call_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_46eb79f4da0861a655f0d66cf67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "funding_call_slug_key" ON "funding_call"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "funding_call_programme_idx" ON "funding_call"  ("programme") `);
    await queryRunner.query(`CREATE INDEX "funding_call_deadline_id_idx" ON "funding_call"  ("deadline", "id") `);
    await queryRunner.query(
      `CREATE TABLE "funding_call_topic" ("call_id" integer NOT NULL, "term_id" integer NOT NULL, CONSTRAINT "PK_db45c23ae97bf86928a2b9aeb3b" PRIMARY KEY ("call_id", "term_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "funding_call_topic_term_idx" ON "funding_call_topic"  ("term_id", "call_id") `);
    await queryRunner.query(
      `CREATE TABLE "funding_interest" ("call_id" integer NOT NULL, "organization_id" integer NOT NULL, "note" text NOT NULL DEFAULT '', "expressed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f433c9e77caae519e85b6ff47ac" PRIMARY KEY ("call_id", "organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "funding_interest_organization_idx" ON "funding_interest"  ("organization_id", "call_id") `);
    await queryRunner.query(
      `ALTER TABLE "funding_call_topic" ADD CONSTRAINT "FK_df53d53b0f7b62dd61e7cbdeb44" FOREIGN KEY ("call_id") REFERENCES "funding_call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_call_topic" ADD CONSTRAINT "FK_80d5524778af9c9725f709bdf4c" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_interest" ADD CONSTRAINT "FK_7572fa6297f3dca9c9c0014c3cd" FOREIGN KEY ("call_id") REFERENCES "funding_call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_interest" ADD CONSTRAINT "FK_c6b53f5562850d808db3a1efffb" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funding_interest" DROP CONSTRAINT "FK_c6b53f5562850d808db3a1efffb"`);
    await queryRunner.query(`ALTER TABLE "funding_interest" DROP CONSTRAINT "FK_7572fa6297f3dca9c9c0014c3cd"`);
    await queryRunner.query(`ALTER TABLE "funding_call_topic" DROP CONSTRAINT "FK_80d5524778af9c9725f709bdf4c"`);
    await queryRunner.query(`ALTER TABLE "funding_call_topic" DROP CONSTRAINT "FK_df53d53b0f7b62dd61e7cbdeb44"`);
    await queryRunner.query(`DROP INDEX "public"."funding_interest_organization_idx"`);
    await queryRunner.query(`DROP TABLE "funding_interest"`);
    await queryRunner.query(`DROP INDEX "public"."funding_call_topic_term_idx"`);
    await queryRunner.query(`DROP TABLE "funding_call_topic"`);
    await queryRunner.query(`DROP INDEX "public"."funding_call_deadline_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."funding_call_programme_idx"`);
    await queryRunner.query(`DROP INDEX "public"."funding_call_slug_key"`);
    await queryRunner.query(`DROP TABLE "funding_call"`);
  }
}
