import type { DataSource } from 'typeorm';
import type { TestApi } from './api';
import { globalId, grant, signUpUser } from './accounts';

export const ROLES = ['anonymous', 'member', 'otherEditor', 'editor', 'otherManager', 'manager', 'curator', 'admin'] as const;
export type MatrixRole = (typeof ROLES)[number];

export interface Fixture {
  headers: Record<MatrixRole, Record<string, string>>;
  users: Record<Exclude<MatrixRole, 'anonymous'>, { userId: number; globalId: string; email: string }>;
  /** Database ids. */
  org: number;
  otherOrg: number;
  spareOrg: number;
  cluster: number;
  otherCluster: number;
  community: number;
  otherCommunity: number;
  agreement: number;
  event: number;
  kpi: string;
}

async function one<T>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await db.query(sql, params)) as T[];
  if (!rows[0]) throw new Error(`fixture query found nothing: ${sql}`);
  return rows[0];
}

/**
 * Users for every role of the authorization matrix, with the records their roles apply to:
 * "editor" edits `org`, "otherEditor" edits `otherOrg`, "manager" manages `cluster`,
 * "otherManager" manages `otherCluster`; "member" created `community`, of which `org` is a member.
 */
export async function createAuthorizationFixture(api: TestApi, db: DataSource): Promise<Fixture> {
  const orgs = (await db.query(`SELECT id FROM organization WHERE kind <> 'CLUSTER' AND deleted_at IS NULL ORDER BY id LIMIT 3`)) as {
    id: number;
  }[];
  const clusters = (await db.query(`SELECT id FROM organization WHERE kind = 'CLUSTER' AND deleted_at IS NULL ORDER BY id LIMIT 2`)) as {
    id: number;
  }[];
  const [org, otherOrg, spareOrg] = orgs.map((o) => o.id) as [number, number, number];
  const [cluster, otherCluster] = clusters.map((c) => c.id) as [number, number];
  const names = ['member', 'otherEditor', 'editor', 'otherManager', 'manager', 'curator', 'admin'] as const;
  const users = {} as Fixture['users'];
  const headers = { anonymous: {} } as Fixture['headers'];
  for (const name of names) {
    const user = await signUpUser(api, `${name.toLowerCase()}@matrix.test`);
    users[name] = user;
    headers[name] = user.headers;
  }
  await grant(db, users.editor.userId, 'ORGANIZATION_EDITOR', org);
  await grant(db, users.otherEditor.userId, 'ORGANIZATION_EDITOR', otherOrg);
  await grant(db, users.manager.userId, 'CLUSTER_MANAGER', cluster);
  await grant(db, users.otherManager.userId, 'CLUSTER_MANAGER', otherCluster);
  await grant(db, users.curator.userId, 'CURATOR');
  await grant(db, users.admin.userId, 'ADMIN');
  const community = await one<{ id: number }>(
    db,
    `INSERT INTO community (slug, name, created_by_user_id) VALUES ('matrix-community', 'Matrix community', $1) RETURNING id`,
    [users.member.userId],
  );
  const otherCommunity = await one<{ id: number }>(
    db,
    `INSERT INTO community (slug, name) VALUES ('other-community', 'Other community') RETURNING id`,
  );
  await db.query(`INSERT INTO community_member (community_id, organization_id) VALUES ($1, $2)`, [community.id, org]);
  const agreement = await one<{ id: number }>(
    db,
    `INSERT INTO agreement (slug, kind, title, signed_on) VALUES ('matrix-mou', 'MOU', 'Matrix MoU', '2025-01-01') RETURNING id`,
  );
  await db.query(`INSERT INTO agreement_signatory (agreement_id, organization_id) VALUES ($1, $2), ($1, $3)`, [
    agreement.id,
    cluster,
    otherOrg,
  ]);
  const event = await one<{ id: number }>(
    db,
    `INSERT INTO event (slug, kind, title, starts_on, ends_on, organizer_id) VALUES ('matrix-event', 'WORKSHOP', 'Matrix workshop', '2025-03-01', '2025-03-02', $1) RETURNING id`,
    [cluster],
  );
  const kpi = await one<{ code: string }>(db, `SELECT code FROM kpi_definition WHERE NOT computed ORDER BY code LIMIT 1`);
  return {
    headers,
    users,
    org,
    otherOrg,
    spareOrg,
    cluster,
    otherCluster,
    community: community.id,
    otherCommunity: otherCommunity.id,
    agreement: agreement.id,
    event: event.id,
    kpi: kpi.code,
  };
}

export { globalId };
