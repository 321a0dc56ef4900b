import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const UPDATE = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { name city version } }`;
const ADD = `mutation($i: AddCapabilityInput!) { addCapability(input: $i) { id trl version } }`;

describe('organization, capability and need writes', () => {
  let api: TestApi;
  let db: DataSource;
  let editor: SignedInUser;
  let admin: SignedInUser;
  let orgId: number;
  let org: string;

  const count = async (sql: string, params: unknown[] = []): Promise<number> => ((await db.query(sql, params)) as [{ n: number }])[0].n;

  beforeAll(async () => {
    await resetDatabase({ demo: 20 });
    api = await startTestApi();
    db = await openTestDataSource();
    [{ id: orgId }] = (await db.query(`SELECT id FROM organization WHERE kind = 'SME' ORDER BY id LIMIT 1`)) as [{ id: number }];
    org = globalId('Organization', orgId);
    editor = await signUpUser(api, 'editor@writes.test');
    admin = await signUpUser(api, 'admin@writes.test');
    await grant(db, editor.userId, 'ORGANIZATION_EDITOR', orgId);
    await grant(db, admin.userId, 'ADMIN');
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('updates a profile in a transaction with an audit entry, and answers a stale version with CONFLICT', async () => {
    const [{ version, name }] = (await db.query(`SELECT version, name FROM organization WHERE id = $1`, [orgId])) as [
      { version: number; name: string },
    ];
    const ok = await api.graphql(
      UPDATE,
      { i: { id: org, version, city: 'Lannion', website: 'https://www.example-photonics.fr/about' } },
      editor.headers,
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data).toEqual({ updateOrganization: { name, city: 'Lannion', version: version + 1 } });
    const [row] = (await db.query(`SELECT website_domain FROM organization WHERE id = $1`, [orgId])) as [{ website_domain: string }];
    expect(row.website_domain).toBe('example-photonics.fr');
    const [audit] = (await db.query(
      `SELECT actor_user_id, action, before->>'city' AS before_city, after->>'city' AS after_city FROM audit_entry WHERE entity_type = 'Organization' AND entity_id = $1`,
      [orgId],
    )) as [Record<string, unknown>];
    expect(audit).toMatchObject({ actor_user_id: editor.userId, action: 'UPDATE', after_city: 'Lannion' });
    const stale = await api.graphql(UPDATE, { i: { id: org, version, city: 'Brest' } }, editor.headers);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    expect(await count(`SELECT count(*)::int AS n FROM organization WHERE id = $1 AND city = 'Brest'`, [orgId])).toBe(0);
    // An empty string removes the website, and the domain imports match on.
    const cleared = await api.graphql(UPDATE, { i: { id: org, version: version + 1, website: '' } }, editor.headers);
    expect(cleared.body.errors).toBeUndefined();
    const [gone] = (await db.query(`SELECT website, website_domain FROM organization WHERE id = $1`, [orgId])) as [Record<string, unknown>];
    expect(gone).toEqual({ website: null, website_domain: null });
    // Null removes an optional field; omitted fields stay.
    await db.query(`UPDATE organization SET region = 'FRH0', founded_year = 1999 WHERE id = $1`, [orgId]);
    const removed = await api.graphql(
      UPDATE,
      { i: { id: org, version: version + 2, region: null, city: null, foundedYear: null } },
      editor.headers,
    );
    expect(removed.body.errors).toBeUndefined();
    const [after] = (await db.query(`SELECT name, region, city, founded_year FROM organization WHERE id = $1`, [orgId])) as [
      Record<string, unknown>,
    ];
    expect(after).toEqual({ name, region: null, city: null, founded_year: null });
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM audit_entry`);
    const [{ version }] = (await db.query(`SELECT version FROM organization WHERE id = $1`, [orgId])) as [{ version: number }];
    for (const [input, field] of [
      [{ country: 'France' }, 'input.country'],
      [{ foundedYear: 1200 }, 'input.foundedYear'],
      [{ website: 'ftp://x' }, 'input.website'],
      [{ name: '' }, 'input.name'],
      [{ latitude: 48.1 }, 'input.latitude'],
      [{ latitude: null }, 'input.latitude'],
      [{ name: null }, 'input.name'],
      [{ country: null }, 'input.country'],
    ] as const) {
      const res = await api.graphql(UPDATE, { i: { id: org, version, ...input } }, editor.headers);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry`)).toBe(before);
  });

  it('soft-deletes an organization; an admin restores it; both are in the history', async () => {
    const [{ version }] = (await db.query(`SELECT version FROM organization WHERE id = $1`, [orgId])) as [{ version: number }];
    const del = await api.graphql(
      `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) }`,
      { id: org, v: version },
      editor.headers,
    );
    expect(del.body.data).toEqual({ deleteOrganization: true });
    expect(await count(`SELECT count(*)::int AS n FROM organization WHERE id = $1 AND deleted_at IS NOT NULL`, [orgId])).toBe(1);
    const gone = await api.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: org });
    expect(gone.body.data?.node ?? null).toBeNull();
    const editorRestore = await api.graphql(`mutation($id: ID!) { restoreOrganization(id: $id) { id } }`, { id: org }, editor.headers);
    expect(editorRestore.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const restore = await api.graphql(`mutation($id: ID!) { restoreOrganization(id: $id) { id version } }`, { id: org }, admin.headers);
    expect(restore.body.data).toEqual({ restoreOrganization: { id: org, version: version + 2 } });
    const history = await api.graphql<{ node: { history: { edges: { node: { action: string; actorName: string } }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Organization { history(first: 2) { edges { node { action actorName } } } } } }`,
      { id: org },
      editor.headers,
    );
    expect(history.body.data?.node.history.edges.map((e) => e.node)).toEqual([
      { action: 'RESTORE', actorName: 'admin' },
      { action: 'DELETE', actorName: 'editor' },
    ]);
  });

  it('adds, updates and removes a capability (technology × stage × applications, TRL 1–9)', async () => {
    const input = {
      organizationId: org,
      technology: 'tech.lasers',
      stage: 'stage.components',
      applications: ['app.advanced-manufacturing'],
      trl: 6,
      evidence: 'Product line',
    };
    const added = await api.graphql<{ addCapability: { id: string; version: number } }>(ADD, { i: input }, editor.headers);
    expect(added.body.errors).toBeUndefined();
    const id = added.body.data!.addCapability.id;
    const updated = await api.graphql(
      `mutation($i: UpdateCapabilityInput!) { updateCapability(input: $i) { trl version } }`,
      { i: { id, version: 1, trl: 8, applications: [] } },
      editor.headers,
    );
    expect(updated.body.data).toEqual({ updateCapability: { trl: 8, version: 2 } });
    const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    expect(await count(`SELECT count(*)::int AS n FROM capability_application WHERE capability_id = $1`, [dbId])).toBe(0);
    const stale = await api.graphql(`mutation($id: ID!) { removeCapability(id: $id, version: 1) }`, { id }, editor.headers);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const removed = await api.graphql(`mutation($id: ID!) { removeCapability(id: $id, version: 2) }`, { id }, editor.headers);
    expect(removed.body.data).toEqual({ removeCapability: true });
    const actions = (await db.query(`SELECT action FROM audit_entry WHERE entity_type = 'Capability' AND entity_id = $1 ORDER BY id`, [
      dbId,
    ])) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('refuses TRL 12, an unknown term and a term of the wrong facet, naming the field, writing nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM capability WHERE organization_id = $1`, [orgId]);
    const base = { organizationId: org, technology: 'tech.lasers', stage: 'stage.components', applications: [], trl: 5 };
    for (const [change, field] of [
      [{ trl: 12 }, 'input.trl'],
      [{ trl: 0 }, 'input.trl'],
      [{ technology: 'tech.does-not-exist' }, 'input.technology'],
      [{ stage: 'tech.lasers' }, 'input.stage'],
      [{ applications: ['app.advanced-manufacturing', 'app.nope'] }, 'input.applications[1]'],
    ] as const) {
      const res = await api.graphql(ADD, { i: { ...base, ...change } }, editor.headers);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    expect(res400Free(await api.graphql(ADD, { i: { ...base, trl: 12 } }, editor.headers))).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM capability WHERE organization_id = $1`, [orgId])).toBe(before);
  });

  it('opens, updates, closes and reopens a need', async () => {
    const market = await api.graphql(
      `mutation($o: ID!) { openNeed(input: { organizationId: $o, kind: MARKET_ACCESS, description: "Distributor" }) { id } }`,
      { o: org },
      editor.headers,
    );
    expect(market.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.country' });
    const opened = await api.graphql<{ openNeed: { id: string; status: string; version: number } }>(
      `mutation($o: ID!) { openNeed(input: { organizationId: $o, kind: MARKET_ACCESS, country: "JP", technology: "tech.lasers", description: "Distributor" }) { id status version } }`,
      { o: org },
      editor.headers,
    );
    expect(opened.body.data?.openNeed).toMatchObject({ status: 'OPEN', version: 1 });
    const id = opened.body.data!.openNeed.id;
    const updated = await api.graphql(
      `mutation($id: ID!) { updateNeed(input: { id: $id, version: 1, description: "Distributor in Osaka" }) { description version } }`,
      { id },
      editor.headers,
    );
    expect(updated.body.data).toEqual({ updateNeed: { description: 'Distributor in Osaka', version: 2 } });
    const closed = await api.graphql(`mutation($id: ID!) { closeNeed(id: $id, version: 2) { status version } }`, { id }, editor.headers);
    expect(closed.body.data).toEqual({ closeNeed: { status: 'CLOSED', version: 3 } });
    const reopened = await api.graphql(`mutation($id: ID!) { reopenNeed(id: $id, version: 3) { status } }`, { id }, editor.headers);
    expect(reopened.body.data).toEqual({ reopenNeed: { status: 'OPEN' } });
  });
});

/** A validation failure is a GraphQL error in a 200 response, never a 500. */
function res400Free(res: { status: number }): boolean {
  return res.status !== 500;
}
