import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const HISTORY = `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { history(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { action entityType entityId actorName at before after } } } } } }`;

interface HistoryPage {
  node: {
    history: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { action: string; entityId: string; actorName: string; before: { city: string } | null; after: { city: string } } }[];
    };
  };
}

describe('audit trail', () => {
  let api: TestApi;
  let db: DataSource;
  let editor: SignedInUser;
  let orgIds: number[];

  beforeAll(async () => {
    await resetDatabase({ demo: 20 });
    api = await startTestApi();
    db = await openTestDataSource();
    orgIds = ((await db.query(`SELECT id FROM organization WHERE kind <> 'CLUSTER' ORDER BY id LIMIT 5`)) as { id: number }[]).map(
      (r) => r.id,
    );
    editor = await signUpUser(api, 'editor@audit.test');
    for (const id of orgIds) await grant(db, editor.userId, 'ORGANIZATION_EDITOR', id);
    for (const id of orgIds) {
      for (const city of ['Lannion', 'Brest', 'Rennes']) {
        const [{ version }] = (await db.query(`SELECT version FROM organization WHERE id = $1`, [id])) as [{ version: number }];
        const res = await api.graphql(
          `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
          { i: { id: globalId('Organization', id), version, city } },
          editor.headers,
        );
        if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
      }
    }
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('pages an organization history newest first, with actor and before/after values', async () => {
    const id = globalId('Organization', orgIds[0]!);
    const first = await api.graphql<HistoryPage>(HISTORY, { id }, editor.headers);
    const page = first.body.data!.node.history;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => [e.node.action, e.node.before?.city, e.node.after.city, e.node.actorName, e.node.entityId])).toEqual([
      ['UPDATE', 'Brest', 'Rennes', 'editor', id],
      ['UPDATE', 'Lannion', 'Brest', 'editor', id],
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<HistoryPage>(HISTORY, { id, after: page.pageInfo.endCursor }, editor.headers);
    expect(second.body.data!.node.history.edges.map((e) => e.node.after.city)).toEqual(['Lannion']);
    expect(second.body.data!.node.history.pageInfo.hasNextPage).toBe(false);
  });

  it('is for signed-in users only', async () => {
    const res = await api.graphql(HISTORY, { id: globalId('Organization', orgIds[0]!) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('loads the histories of many organizations with a constant number of statements', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { history(first: 5) { totalCount edges { node { action } } } } } }`;
    const two = await api.graphql(query, { ids: orgIds.slice(0, 2).map((id) => globalId('Organization', id)) }, editor.headers);
    const five = await api.graphql(query, { ids: orgIds.map((id) => globalId('Organization', id)) }, editor.headers);
    expect(five.body.errors).toBeUndefined();
    expect(five.statements).toBe(two.statements);
  });

  it('writes nothing to the audit trail when the change itself fails', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [{ n: number }];
    const res = await api.graphql(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
      { i: { id: globalId('Organization', orgIds[0]!), version: 1, city: 'Paris' } },
      editor.headers,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_entry`)) as [{ n: number }]).toEqual(before);
  });
});
