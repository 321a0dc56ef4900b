import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1796285039143 implements MigrationInterface {
  name = 'Assessments1796285039143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "questionnaire_version" integer NOT NULL, "answers" jsonb NOT NULL, "dimension_scores" jsonb NOT NULL, "overall_score" double precision NOT NULL, "level" text NOT NULL, "shared_with_clusters" boolean NOT NULL DEFAULT false, "submitted_by_user_id" integer, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "assessment_overall_check" CHECK (overall_score >= 0 AND overall_score <= 100), CONSTRAINT "assessment_level_check" CHECK (level IN ('STARTING', 'DEVELOPING', 'READY', 'EXPERIENCED')), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "assessment_organization_idx" ON "assessment"  ("organization_id", "submitted_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_2f8bded1b93538471b579aa43c7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_a0266a33f9a91239c605b67c74e" FOREIGN KEY ("submitted_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_a0266a33f9a91239c605b67c74e"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_2f8bded1b93538471b579aa43c7"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_organization_idx"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
  }
}
