import type { Server } from 'node:http';
import type { Pool } from 'pg';
import { resetDatabase, testDatabaseUrl } from '../../../apps/api/test/support/database';
import { startTestApi, type TestApi } from '../../../apps/api/test/support/api';
import { pickInputs } from '../../src/run-benchmark';
import { OPERATIONS, type OperationInputs } from '../../src/operations';
import { startRawSqlServer } from '../../src/raw-sql-server';

/** The benchmark's raw-SQL baseline must answer exactly what our API answers, or it measures something else. */
describe('bench: raw-SQL server against our API', () => {
  let api: TestApi;
  let raw: { server: Server; pool: Pool; port: number };
  let inputs: OperationInputs;

  beforeAll(async () => {
    await resetDatabase({ demo: 30 });
    api = await startTestApi();
    raw = await startRawSqlServer(testDatabaseUrl(), 0, 1);
    inputs = await pickInputs(testDatabaseUrl());
  });

  afterAll(async () => {
    await new Promise((resolve) => raw.server.close(resolve));
    await raw.pool.end();
    await api.stop();
  });

  const postRaw = (path: string, body: string) =>
    fetch(`http://127.0.0.1:${raw.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it.each(['nodeLookup', 'page', 'clusterMembers', 'technologyTree', 'search'])(
    'returns the same JSON as the GraphQL document for %s',
    async (name) => {
      const op = OPERATIONS.find((o) => o.name === name)!;
      const request = op.ours(inputs, 20);
      const ours = await api.graphql(request.query, request.variables);
      expect(ours.body.errors).toBeUndefined();
      const response = await postRaw(`/sql/${name}`, JSON.stringify({ variables: op.raw(inputs, 20) }));
      expect(response.status).toBe(200);
      // Only "data": our API may add extensions (e.g. the operation's cost).
      expect(await response.json()).toEqual({ data: ours.body.data });
    },
  );

  it('answers null for an unknown organization (where our node(id) answers NOT_FOUND)', async () => {
    const response = await postRaw('/sql/nodeLookup', JSON.stringify({ variables: { id: 'T3JnYW5pemF0aW9uOjk5OTk5OTk' } }));
    expect(await response.json()).toEqual({ data: { node: null } });
  });

  it('rejects an unknown operation and a body that is not JSON', async () => {
    expect((await postRaw('/sql/dropTables', '{}')).status).toBe(404);
    expect((await postRaw('/sql/page', 'not json')).status).toBe(400);
  });
});
