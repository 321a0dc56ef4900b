import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAudit1795481839157 implements MigrationInterface {
  name = 'AccountsAudit1795481839157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("token_hash" text NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0309de62e0cb0960ebb2cb65c95" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "password_reset_user_idx" ON "password_reset"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_failure" ("id" BIGSERIAL NOT NULL, "email" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ad9835b7a6e51262f6fe5024de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_failure_email_at_idx" ON "sign_in_failure"  ("email", "at") `);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "subject_type" text`);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "subject_id" integer`);
    await queryRunner.query(`CREATE INDEX "audit_entry_history_idx" ON "audit_entry"  ("subject_type", "subject_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_history_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "subject_id"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "subject_type"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_failure_email_at_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_failure"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_user_idx"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
