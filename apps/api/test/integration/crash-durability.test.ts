import { Client } from 'pg';
import { getSchema } from '../../src/graphql/schema';
import { startApiProcess, type ApiProcess } from '../fault/api-process';
import { startLoad } from '../fault/load-recorder';
import { startPostgresServer, type PostgresServer } from '../fault/postgres-server';

/** The write: signUp (accounts module) is the one mutation that needs no prior account. */
const hasSignUp = Boolean(getSchema().getMutationType()?.getFields().signUp);
const withWrites = hasSignUp ? it : it.skip;

let pg: PostgresServer | null = null;
let api: ApiProcess | null = null;

afterAll(async () => {
  await api?.stop('SIGKILL');
  pg?.destroy();
});

const SIGN_UP = 'mutation Write($input: SignUpInput!) { signUp(input: $input) { user { id } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash durability', () => {
  withWrites(
    'every write acknowledged before kill -9 of the API is in the database',
    async () => {
      pg = await startPostgresServer();
      api = await startApiProcess({ DATABASE_URL: pg.url, DEMO_ORGANIZATIONS: '0', ANONYMOUS_HOURLY_BUDGET: '10000000' });
      const run = Date.now().toString(36);
      const load = startLoad(api.url, [
        {
          kind: 'write',
          count: 4,
          next: (i) => ({
            query: SIGN_UP,
            variables: { input: { email: `crash-${run}-${i}@example.org`, password: 'durable password 1', displayName: `Crash ${i}` } },
          }),
        },
      ]);
      const deadline = Date.now() + 60_000;
      while (load.samples.filter((s) => s.ok).length < 12 && Date.now() < deadline) await sleep(50);
      api.child.kill('SIGKILL');
      await api.exited;
      await load.stop();

      const acknowledged = load.samples
        .filter((s) => s.ok)
        .map((s) => (JSON.parse(s.body) as { data: { signUp: { user: { id: string } } } }).data.signUp.user.id);
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const rows = (await client.query<{ id: number }>(`SELECT id FROM app_user WHERE email LIKE $1`, [`crash-${run}-%`])).rows;
      await client.end();
      const stored = new Set(rows.map((r) => Buffer.from(`User:${r.id}`).toString('base64url')));
      const lost = acknowledged.filter((id) => !stored.has(id));
      const cut = load.samples.filter((s) => !s.ok).length;
      console.log(
        `crash durability: ${acknowledged.length} writes acknowledged, ${rows.length} rows, ${lost.length} acknowledged writes lost, ${cut} requests cut by the kill`,
      );
      expect(acknowledged.length).toBeGreaterThanOrEqual(12);
      expect(lost).toEqual([]);
      // Unacknowledged writes may or may not have committed; nothing else appears.
      expect(rows.length).toBeLessThanOrEqual(acknowledged.length + cut);
    },
    240_000,
  );
});
