import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795480726920 implements MigrationInterface {
  name = 'InitialSchema1795480726920';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "country" text NOT NULL, "region" text, "city" text, "latitude" double precision, "longitude" double precision, "website" text, "website_domain" text, "size_band" text, "founded_year" integer, "description" text NOT NULL DEFAULT '', "verified" boolean NOT NULL DEFAULT false, "external_ids" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "organization_longitude_check" CHECK (longitude BETWEEN -180 AND 180), CONSTRAINT "organization_latitude_check" CHECK (latitude BETWEEN -90 AND 90), CONSTRAINT "organization_founded_year_check" CHECK (founded_year BETWEEN 1800 AND 2100), CONSTRAINT "organization_name_check" CHECK (length(btrim(name)) BETWEEN 1 AND 300), CONSTRAINT "organization_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "organization_region_check" CHECK (region ~ '^[A-Z]{2}[A-Z0-9]{0,3}$'), CONSTRAINT "organization_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "organization_size_band_check" CHECK (size_band IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')), CONSTRAINT "organization_kind_check" CHECK (kind IN ('CLUSTER', 'SME', 'LARGE_COMPANY', 'RESEARCH_ORGANIZATION', 'UNIVERSITY', 'INVESTOR', 'PUBLIC_BODY', 'SYSTEM_INTEGRATOR')), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organization_slug_key" ON "organization"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "organization_kind_idx" ON "organization"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "organization_region_idx" ON "organization"  ("region") `);
    await queryRunner.query(`CREATE INDEX "organization_website_domain_idx" ON "organization"  ("website_domain") `);
    await queryRunner.query(`CREATE INDEX "organization_country_kind_idx" ON "organization"  ("country", "kind") `);
    await queryRunner.query(`CREATE INDEX "organization_created_at_id_idx" ON "organization"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "organization_name_id_idx" ON "organization"  ("name", "id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_email_check" CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "name" text NOT NULL, "organization_id" integer NOT NULL, "created_by_user_id" integer NOT NULL, "scope" text NOT NULL DEFAULT 'READ', "allowed_origins" text array NOT NULL DEFAULT '{}', "hourly_budget" integer NOT NULL DEFAULT '5000', "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "api_key_rate_limit_check" CHECK (hourly_budget BETWEEN 1 AND 10000000), CONSTRAINT "api_key_scope_check" CHECK (scope IN ('READ', 'READ_WRITE')), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key"  ("key_hash") `);
    await queryRunner.query(`CREATE INDEX "api_key_organization_idx" ON "api_key"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "email_outbox" ("id" SERIAL NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "role" text NOT NULL, "organization_id" integer, "granted_by_user_id" integer, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "role_grant_scope_check" CHECK ((role IN ('ORGANIZATION_EDITOR', 'CLUSTER_MANAGER')) = (organization_id IS NOT NULL)), CONSTRAINT "role_grant_role_check" CHECK (role IN ('MEMBER', 'ORGANIZATION_EDITOR', 'CLUSTER_MANAGER', 'CURATOR', 'ADMIN')), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "role_grant_organization_idx" ON "role_grant"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "role_grant_key" ON "role_grant"  ("user_id", "role", "organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("token_hash" text NOT NULL, "user_id" integer NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_user_idx" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "session_expires_at_idx" ON "session"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "signed_on" date NOT NULL, "valid_until" date, "place" text, "scope" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "agreement_dates_check" CHECK (valid_until IS NULL OR valid_until >= signed_on), CONSTRAINT "agreement_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "agreement_kind_check" CHECK (kind IN ('MOU', 'PARTNERSHIP_AGREEMENT')), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "agreement_slug_key" ON "agreement"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "agreement_signed_on_id_idx" ON "agreement"  ("signed_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "agreement_signatory" ("agreement_id" integer NOT NULL, "organization_id" integer NOT NULL, "signed_by" text, CONSTRAINT "PK_fb4eb5275f6b4c33ae38d11c00c" PRIMARY KEY ("agreement_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_signatory_organization_idx" ON "agreement_signatory"  ("organization_id", "agreement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "actor_user_id" integer, "entity_type" text NOT NULL, "entity_id" integer NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_entry_action_check" CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE')), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entry_actor_idx" ON "audit_entry"  ("actor_user_id") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_subject_idx" ON "audit_entry"  ("entity_type", "entity_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "term" ("id" SERIAL NOT NULL, "code" text NOT NULL, "facet" text NOT NULL, "parent_id" integer, "position" integer NOT NULL DEFAULT '0', "labels" jsonb NOT NULL, "descriptions" jsonb NOT NULL DEFAULT '{}', "synonyms" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'APPROVED', "replaced_by_id" integer, "proposal_reason" text, "proposed_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "term_labels_check" CHECK (labels ? 'en'), CONSTRAINT "term_deprecated_replacement_check" CHECK (status <> 'DEPRECATED' OR replaced_by_id IS NOT NULL), CONSTRAINT "term_not_own_parent_check" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "term_code_check" CHECK (code ~ '^[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "term_status_check" CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'DEPRECATED')), CONSTRAINT "term_facet_check" CHECK (facet IN ('TECHNOLOGY', 'APPLICATION', 'STAGE')), CONSTRAINT "PK_55b0479f0743f2e5d5ec414821e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "term_code_key" ON "term"  ("code") `);
    await queryRunner.query(`CREATE INDEX "term_parent_id_idx" ON "term"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "term_status_idx" ON "term"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "capability" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "technology_id" integer NOT NULL, "stage_id" integer NOT NULL, "trl" smallint NOT NULL, "evidence" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "capability_trl_check" CHECK (trl BETWEEN 1 AND 9), CONSTRAINT "PK_a30c8f80d9cbf7c1315b30acfe4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "capability_organization_id_idx" ON "capability"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "capability_stage_idx" ON "capability"  ("stage_id", "organization_id") `);
    await queryRunner.query(`CREATE INDEX "capability_technology_idx" ON "capability"  ("technology_id", "organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "capability_application" ("capability_id" integer NOT NULL, "application_id" integer NOT NULL, CONSTRAINT "PK_5892afa17dd824ea025fbc7090e" PRIMARY KEY ("capability_id", "application_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_application_term_idx" ON "capability_application"  ("application_id", "capability_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("organization_id" integer NOT NULL, "cluster_id" integer NOT NULL, "since" date, "status" text NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_status_check" CHECK (status IN ('INVITED', 'ACTIVE')), CONSTRAINT "membership_not_self_check" CHECK (organization_id <> cluster_id), CONSTRAINT "PK_5ba796ab8e04863bcebc50ae17f" PRIMARY KEY ("organization_id", "cluster_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_cluster_id_idx" ON "membership"  ("cluster_id", "organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "community" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_by_user_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "community_name_check" CHECK (length(btrim(name)) BETWEEN 1 AND 200), CONSTRAINT "community_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_cae794115a383328e8923de4193" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "community_slug_key" ON "community"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "community_member" ("community_id" integer NOT NULL, "organization_id" integer NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5077451de537a30af9f2307ed2" PRIMARY KEY ("community_id", "organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "community_member_organization_idx" ON "community_member"  ("organization_id", "community_id") `);
    await queryRunner.query(
      `CREATE TABLE "community_term" ("community_id" integer NOT NULL, "term_id" integer NOT NULL, CONSTRAINT "PK_8bd51566227fa10c73aa11cd03d" PRIMARY KEY ("community_id", "term_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "community_term_term_idx" ON "community_term"  ("term_id", "community_id") `);
    await queryRunner.query(`CREATE TABLE "link" ("id" SERIAL NOT NULL, "kind" text NOT NULL, "from_community_id" integer, "to_community_id" integer, "from_cluster_id" integer, "to_cluster_id" integer, "status" text NOT NULL DEFAULT 'REQUESTED', "message" text NOT NULL DEFAULT '', "requested_by_user_id" integer, "decided_by_user_id" integer, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "link_endpoints_check" CHECK ((kind = 'COMMUNITY' AND from_community_id IS NOT NULL AND to_community_id IS NOT NULL AND from_cluster_id IS NULL AND to_cluster_id IS NULL AND from_community_id <> to_community_id)
   OR (kind = 'CLUSTER' AND from_cluster_id IS NOT NULL AND to_cluster_id IS NOT NULL AND from_community_id IS NULL AND to_community_id IS NULL AND from_cluster_id <> to_cluster_id)), CONSTRAINT "link_status_check" CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')), CONSTRAINT "link_kind_check" CHECK (kind IN ('COMMUNITY', 'CLUSTER')), CONSTRAINT "PK_26206fb7186da72fbb9eaa3fac9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "link_to_cluster_idx" ON "link"  ("to_cluster_id") `);
    await queryRunner.query(`CREATE INDEX "link_to_community_idx" ON "link"  ("to_community_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "link_cluster_pair_key" ON "link"  ("from_cluster_id", "to_cluster_id") WHERE kind = 'CLUSTER'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "link_community_pair_key" ON "link"  ("from_community_id", "to_community_id") WHERE kind = 'COMMUNITY'`,
    );
    await queryRunner.query(
      `CREATE TABLE "event" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "city" text, "country" text, "organizer_id" integer, "target_countries" text array NOT NULL DEFAULT '{}', "outcomes" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "event_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "event_dates_check" CHECK (ends_on >= starts_on), CONSTRAINT "event_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "event_kind_check" CHECK (kind IN ('WORKSHOP', 'TRADE_MISSION', 'CLUSTER_EXCHANGE', 'TRADE_FAIR', 'MATCHMAKING')), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "event_slug_key" ON "event"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "event_organizer_idx" ON "event"  ("organizer_id") `);
    await queryRunner.query(`CREATE INDEX "event_starts_on_id_idx" ON "event"  ("starts_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "event_participant" ("event_id" integer NOT NULL, "organization_id" integer NOT NULL, "role" text NOT NULL DEFAULT 'PARTICIPANT', "outcome" text NOT NULL DEFAULT '', CONSTRAINT "event_participant_role_check" CHECK (role IN ('ORGANIZER', 'PARTICIPANT', 'HOST')), CONSTRAINT "PK_17e4245c7859fd0f9a80d04eb9c" PRIMARY KEY ("event_id", "organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "event_participant_organization_idx" ON "event_participant"  ("organization_id", "event_id") `);
    await queryRunner.query(
      `CREATE TABLE "kpi_definition" ("id" SERIAL NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "unit" text NOT NULL DEFAULT 'count', "computed" boolean NOT NULL DEFAULT false, CONSTRAINT "kpi_definition_code_check" CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_e19d5895a1dd4418d377ad05470" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "kpi_definition_code_key" ON "kpi_definition"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "kpi_value" ("id" SERIAL NOT NULL, "cluster_id" integer NOT NULL, "kpi_id" integer NOT NULL, "kind" text NOT NULL, "period" text NOT NULL, "value" double precision NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "kpi_value_period_check" CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'), CONSTRAINT "kpi_value_kind_check" CHECK (kind IN ('TARGET', 'MEASUREMENT')), CONSTRAINT "PK_6b4a10260242a07160894fd5df8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "kpi_value_kpi_idx" ON "kpi_value"  ("kpi_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "kpi_value_key" ON "kpi_value"  ("cluster_id", "kpi_id", "period", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "export_interest" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "country" text NOT NULL, "application_id" integer, CONSTRAINT "export_interest_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_88ca0677b891bc06d3051ee652a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "export_interest_unique_key" ON "export_interest"  ("organization_id", "country", "application_id") `,
    );
    await queryRunner.query(`CREATE INDEX "export_interest_country_idx" ON "export_interest"  ("country", "application_id") `);
    await queryRunner.query(`CREATE INDEX "export_interest_organization_idx" ON "export_interest"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "target_market" ("id" SERIAL NOT NULL, "country" text NOT NULL, "application_id" integer NOT NULL, "potential" smallint NOT NULL, "rationale" text NOT NULL DEFAULT '', "sources" text array NOT NULL DEFAULT '{}', CONSTRAINT "target_market_country_application_key" UNIQUE ("country", "application_id"), CONSTRAINT "target_market_potential_check" CHECK (potential BETWEEN 0 AND 100), CONSTRAINT "target_market_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "PK_f08eb1edcb0e4d434042ff56e99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "need" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "kind" text NOT NULL, "technology_id" integer, "stage_id" integer, "country" text, "description" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "need_description_check" CHECK (length(description) <= 5000), CONSTRAINT "need_country_check" CHECK (country ~ '^[A-Z]{2}$'), CONSTRAINT "need_status_check" CHECK (status IN ('OPEN', 'CLOSED')), CONSTRAINT "need_kind_check" CHECK (kind IN ('PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS')), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "need_organization_id_idx" ON "need"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "need_technology_idx" ON "need"  ("technology_id") WHERE status = 'OPEN'`);
    await queryRunner.query(
      `CREATE TABLE "crosswalk" ("id" SERIAL NOT NULL, "term_id" integer NOT NULL, "scheme" text NOT NULL, "external_code" text NOT NULL, "external_label" text NOT NULL, "match" text NOT NULL, CONSTRAINT "crosswalk_term_scheme_code_key" UNIQUE ("term_id", "scheme", "external_code"), CONSTRAINT "crosswalk_match_check" CHECK (match IN ('EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED')), CONSTRAINT "crosswalk_scheme_check" CHECK (scheme IN ('NACE_REV2', 'KET')), CONSTRAINT "PK_15fda3e3a68a2a8423173bfbb1f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "crosswalk_scheme_code_idx" ON "crosswalk"  ("scheme") `);
    await queryRunner.query(
      `CREATE TABLE "scheme_release" ("id" SERIAL NOT NULL, "version" text NOT NULL, "notes" text NOT NULL DEFAULT '', "snapshot" jsonb NOT NULL, "term_count" integer NOT NULL, "published_by_user_id" integer, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "scheme_release_version_key" UNIQUE ("version"), CONSTRAINT "scheme_release_version_check" CHECK (version ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$'), CONSTRAINT "PK_be7b019d298887275972f74baf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "value_chain" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "application_id" integer NOT NULL, "technology_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "value_chain_slug_check" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_212a9e952711b3b388c5f22e1a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "value_chain_slug_key" ON "value_chain"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "value_chain_application_idx" ON "value_chain"  ("application_id") `);
    await queryRunner.query(
      `CREATE TABLE "value_chain_stage" ("value_chain_id" integer NOT NULL, "position" integer NOT NULL, "stage_id" integer NOT NULL, "label" text NOT NULL, CONSTRAINT "value_chain_stage_term_key" UNIQUE ("value_chain_id", "stage_id"), CONSTRAINT "value_chain_stage_position_check" CHECK (position BETWEEN 1 AND 50), CONSTRAINT "PK_0a10023b5834dbf8be6ef528f20" PRIMARY KEY ("value_chain_id", "position"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "FK_f8bf75c998e043dc6ad022d28a8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "FK_bc384f746acb69e6648c136803b" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grant" ADD CONSTRAINT "FK_cbca8b01eca20fa033ef14946b2" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grant" ADD CONSTRAINT "FK_2528cbe1e0159c78384433bb74e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_signatory" ADD CONSTRAINT "FK_5d6eaab893684c2d6de3ce7082b" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_signatory" ADD CONSTRAINT "FK_2c6a84563ac5965c349024a50f8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "term" ADD CONSTRAINT "FK_5aca5998727254781b605af6588" FOREIGN KEY ("parent_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "term" ADD CONSTRAINT "FK_83a4086a3b2cdcad858239cefc0" FOREIGN KEY ("replaced_by_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability" ADD CONSTRAINT "FK_4c690af649616ee4b148749cff4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability" ADD CONSTRAINT "FK_62a99f7a20e8d84809b6c36af6a" FOREIGN KEY ("technology_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability" ADD CONSTRAINT "FK_f53009ea7a58b79c6cc6f4d243c" FOREIGN KEY ("stage_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_application" ADD CONSTRAINT "FK_43eb767adc1cdff341241ccf287" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_application" ADD CONSTRAINT "FK_582b8620ee2bb003c6031b4535b" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_a69003ad14e71345ea43560e6b8" FOREIGN KEY ("cluster_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_member" ADD CONSTRAINT "FK_28ea05dbf1fb98a4d19aa7f7cc6" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_member" ADD CONSTRAINT "FK_a99a94ead17e42b029517d060a9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_term" ADD CONSTRAINT "FK_590683a52cf09b87ad94ca5df0f" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_term" ADD CONSTRAINT "FK_582d16802d18f3df82e86d1c99d" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "link" ADD CONSTRAINT "FK_afb8e345fbbc8eee4cc8c87d33d" FOREIGN KEY ("from_community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "link" ADD CONSTRAINT "FK_a2f7810a4bd1e99fab8a795fe45" FOREIGN KEY ("to_community_id") REFERENCES "community"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "link" ADD CONSTRAINT "FK_56de39bda870349ea435f02b603" FOREIGN KEY ("from_cluster_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "link" ADD CONSTRAINT "FK_0f44184eb2a65096c51fe3658a7" FOREIGN KEY ("to_cluster_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "FK_fbc9b6120d8394996948eb5325b" FOREIGN KEY ("organizer_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_participant" ADD CONSTRAINT "FK_8fd5818ed624f0ea3b4d5dee652" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_participant" ADD CONSTRAINT "FK_eb3513ebea6971429b22ada986d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_value" ADD CONSTRAINT "FK_078dc0ad045f54d7b24ef75a3ef" FOREIGN KEY ("cluster_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_value" ADD CONSTRAINT "FK_94d0bfc1c2213ac5a513c6d12fb" FOREIGN KEY ("kpi_id") REFERENCES "kpi_definition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_interest" ADD CONSTRAINT "FK_25daea300f016d1631e9ce9d41d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_interest" ADD CONSTRAINT "FK_7383303902fabd271e48fb95317" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "target_market" ADD CONSTRAINT "FK_ed6a590f91a39d3bef5e8b7579c" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_6509c356a40fff39ce87ad2495b" FOREIGN KEY ("technology_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_a49cae0bbecd3c9f5adba0d6e31" FOREIGN KEY ("stage_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crosswalk" ADD CONSTRAINT "FK_6f3856276e09a2693bcda4d815e" FOREIGN KEY ("term_id") REFERENCES "term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "value_chain" ADD CONSTRAINT "FK_73bb6772b237f4f6519429419ce" FOREIGN KEY ("application_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "value_chain" ADD CONSTRAINT "FK_5304c3507e04e55b86020696ed6" FOREIGN KEY ("technology_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "value_chain_stage" ADD CONSTRAINT "FK_6911b415217c92f84bdd4dc42dc" FOREIGN KEY ("value_chain_id") REFERENCES "value_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "value_chain_stage" ADD CONSTRAINT "FK_97809dab0ab64de5d125d507dfe" FOREIGN KEY ("stage_id") REFERENCES "term"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "value_chain_stage" DROP CONSTRAINT "FK_97809dab0ab64de5d125d507dfe"`);
    await queryRunner.query(`ALTER TABLE "value_chain_stage" DROP CONSTRAINT "FK_6911b415217c92f84bdd4dc42dc"`);
    await queryRunner.query(`ALTER TABLE "value_chain" DROP CONSTRAINT "FK_5304c3507e04e55b86020696ed6"`);
    await queryRunner.query(`ALTER TABLE "value_chain" DROP CONSTRAINT "FK_73bb6772b237f4f6519429419ce"`);
    await queryRunner.query(`ALTER TABLE "crosswalk" DROP CONSTRAINT "FK_6f3856276e09a2693bcda4d815e"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_a49cae0bbecd3c9f5adba0d6e31"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_6509c356a40fff39ce87ad2495b"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_508ea9dec9a1bdce7606fd3908c"`);
    await queryRunner.query(`ALTER TABLE "target_market" DROP CONSTRAINT "FK_ed6a590f91a39d3bef5e8b7579c"`);
    await queryRunner.query(`ALTER TABLE "export_interest" DROP CONSTRAINT "FK_7383303902fabd271e48fb95317"`);
    await queryRunner.query(`ALTER TABLE "export_interest" DROP CONSTRAINT "FK_25daea300f016d1631e9ce9d41d"`);
    await queryRunner.query(`ALTER TABLE "kpi_value" DROP CONSTRAINT "FK_94d0bfc1c2213ac5a513c6d12fb"`);
    await queryRunner.query(`ALTER TABLE "kpi_value" DROP CONSTRAINT "FK_078dc0ad045f54d7b24ef75a3ef"`);
    await queryRunner.query(`ALTER TABLE "event_participant" DROP CONSTRAINT "FK_eb3513ebea6971429b22ada986d"`);
    await queryRunner.query(`ALTER TABLE "event_participant" DROP CONSTRAINT "FK_8fd5818ed624f0ea3b4d5dee652"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "FK_fbc9b6120d8394996948eb5325b"`);
    await queryRunner.query(`ALTER TABLE "link" DROP CONSTRAINT "FK_0f44184eb2a65096c51fe3658a7"`);
    await queryRunner.query(`ALTER TABLE "link" DROP CONSTRAINT "FK_56de39bda870349ea435f02b603"`);
    await queryRunner.query(`ALTER TABLE "link" DROP CONSTRAINT "FK_a2f7810a4bd1e99fab8a795fe45"`);
    await queryRunner.query(`ALTER TABLE "link" DROP CONSTRAINT "FK_afb8e345fbbc8eee4cc8c87d33d"`);
    await queryRunner.query(`ALTER TABLE "community_term" DROP CONSTRAINT "FK_582d16802d18f3df82e86d1c99d"`);
    await queryRunner.query(`ALTER TABLE "community_term" DROP CONSTRAINT "FK_590683a52cf09b87ad94ca5df0f"`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "FK_a99a94ead17e42b029517d060a9"`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "FK_28ea05dbf1fb98a4d19aa7f7cc6"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_a69003ad14e71345ea43560e6b8"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "capability_application" DROP CONSTRAINT "FK_582b8620ee2bb003c6031b4535b"`);
    await queryRunner.query(`ALTER TABLE "capability_application" DROP CONSTRAINT "FK_43eb767adc1cdff341241ccf287"`);
    await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_f53009ea7a58b79c6cc6f4d243c"`);
    await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_62a99f7a20e8d84809b6c36af6a"`);
    await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_4c690af649616ee4b148749cff4"`);
    await queryRunner.query(`ALTER TABLE "term" DROP CONSTRAINT "FK_83a4086a3b2cdcad858239cefc0"`);
    await queryRunner.query(`ALTER TABLE "term" DROP CONSTRAINT "FK_5aca5998727254781b605af6588"`);
    await queryRunner.query(`ALTER TABLE "agreement_signatory" DROP CONSTRAINT "FK_2c6a84563ac5965c349024a50f8"`);
    await queryRunner.query(`ALTER TABLE "agreement_signatory" DROP CONSTRAINT "FK_5d6eaab893684c2d6de3ce7082b"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_2528cbe1e0159c78384433bb74e"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "FK_cbca8b01eca20fa033ef14946b2"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_bc384f746acb69e6648c136803b"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_f8bf75c998e043dc6ad022d28a8"`);
    await queryRunner.query(`DROP TABLE "value_chain_stage"`);
    await queryRunner.query(`DROP INDEX "public"."value_chain_application_idx"`);
    await queryRunner.query(`DROP INDEX "public"."value_chain_slug_key"`);
    await queryRunner.query(`DROP TABLE "value_chain"`);
    await queryRunner.query(`DROP TABLE "scheme_release"`);
    await queryRunner.query(`DROP INDEX "public"."crosswalk_scheme_code_idx"`);
    await queryRunner.query(`DROP TABLE "crosswalk"`);
    await queryRunner.query(`DROP INDEX "public"."need_technology_idx"`);
    await queryRunner.query(`DROP INDEX "public"."need_organization_id_idx"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(`DROP TABLE "target_market"`);
    await queryRunner.query(`DROP INDEX "public"."export_interest_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."export_interest_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."export_interest_unique_key"`);
    await queryRunner.query(`DROP TABLE "export_interest"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_value_key"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_value_kpi_idx"`);
    await queryRunner.query(`DROP TABLE "kpi_value"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_definition_code_key"`);
    await queryRunner.query(`DROP TABLE "kpi_definition"`);
    await queryRunner.query(`DROP INDEX "public"."event_participant_organization_idx"`);
    await queryRunner.query(`DROP TABLE "event_participant"`);
    await queryRunner.query(`DROP INDEX "public"."event_starts_on_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_organizer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_slug_key"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP INDEX "public"."link_community_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."link_cluster_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."link_to_community_idx"`);
    await queryRunner.query(`DROP INDEX "public"."link_to_cluster_idx"`);
    await queryRunner.query(`DROP TABLE "link"`);
    await queryRunner.query(`DROP INDEX "public"."community_term_term_idx"`);
    await queryRunner.query(`DROP TABLE "community_term"`);
    await queryRunner.query(`DROP INDEX "public"."community_member_organization_idx"`);
    await queryRunner.query(`DROP TABLE "community_member"`);
    await queryRunner.query(`DROP INDEX "public"."community_slug_key"`);
    await queryRunner.query(`DROP TABLE "community"`);
    await queryRunner.query(`DROP INDEX "public"."membership_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."capability_application_term_idx"`);
    await queryRunner.query(`DROP TABLE "capability_application"`);
    await queryRunner.query(`DROP INDEX "public"."capability_technology_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capability_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capability_organization_id_idx"`);
    await queryRunner.query(`DROP TABLE "capability"`);
    await queryRunner.query(`DROP INDEX "public"."term_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."term_parent_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."term_code_key"`);
    await queryRunner.query(`DROP TABLE "term"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_signatory_organization_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_signatory"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_signed_on_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_slug_key"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP INDEX "public"."session_expires_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."session_user_idx"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."role_grant_key"`);
    await queryRunner.query(`DROP INDEX "public"."role_grant_organization_idx"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."api_key_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_key_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."organization_name_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_created_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_country_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_website_domain_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_slug_key"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
