import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';
import { expectCodedError } from '../support/expect-error';

const CREATE = `mutation($i: CreateFundingCallInput!) { createFundingCall(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateFundingCallInput!) { updateFundingCall(input: $i) { id version } }`;
const DELETE = `mutation($i: DeleteFundingCallInput!) { deleteFundingCall(input: $i) { id } }`;
const READ = `query($slug: String!) { fundingCall(slug: $slug) {
  id version programme identifier title summary opensOn deadline url budgetEur minCountries
  eligibleCountries { code } topics { code }
} }`;

interface ReadCall {
  fundingCall: {
    id: string;
    version: number;
    title: string;
    opensOn: string | null;
    deadline: string;
    budgetEur: number | null;
    eligibleCountries: { code: string }[];
    topics: { code: string }[];
  };
}

const CALL = {
  slug: 'curated-call-2027',
  programme: 'Horizon Europe',
  identifier: 'HORIZON-CL4-2027-TEST-01',
  title: '  Photonic sensors for smart farming  ',
  summary: 'Optical sensing in agriculture.',
  opensOn: '2027-01-10',
  deadline: '2027-04-20',
  url: 'https://example.org/calls/sensing',
  budgetEur: 5_000_000,
  eligibleCountries: ['FR', 'DE', 'IT'],
  minCountries: 3,
  topicCodes: ['tech.fibre-optic-sensors', 'app.agri-food'],
};

describe('funding call curation', () => {
  let api: TestApi;
  let db: DataSource;
  let curator: SignedInUser;
  let member: SignedInUser;

  const count = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as [{ n: number }])[0].n;

  beforeAll(async () => {
    await resetDatabase({ demo: 10 });
    api = await startTestApi();
    db = await openTestDataSource();
    curator = await signUpUser(api, 'curator@funding.test');
    member = await signUpUser(api, 'member@funding.test');
    await grant(db, curator.userId, 'CURATOR');
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('publishes a call with its topics, audited, and refuses anyone but curators', async () => {
    expectCodedError(await api.graphql(CREATE, { i: CALL }, member.headers), 'FORBIDDEN');
    expectCodedError(await api.graphql(CREATE, { i: CALL }), 'UNAUTHENTICATED');
    const created = await api.graphql<{ createFundingCall: { id: string; version: number } }>(CREATE, { i: CALL }, curator.headers);
    expect(created.body.errors).toBeUndefined();
    const read = await api.graphql<ReadCall>(READ, { slug: CALL.slug });
    expect(read.body.data!.fundingCall).toMatchObject({
      id: created.body.data!.createFundingCall.id,
      version: 1,
      title: 'Photonic sensors for smart farming',
      opensOn: '2027-01-10',
      deadline: '2027-04-20',
      budgetEur: 5_000_000,
    });
    expect(read.body.data!.fundingCall.eligibleCountries.map((c) => c.code).sort()).toEqual(['DE', 'FR', 'IT']);
    expect(read.body.data!.fundingCall.topics.map((t) => t.code).sort()).toEqual(['app.agri-food', 'tech.fibre-optic-sensors']);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'FundingCall' AND action = 'CREATE' AND actor_user_id = $1`,
        [curator.userId],
      ),
    ).toBe(1);
  });

  it('names the field of bad input and writes nothing', async () => {
    const calls = await count(`SELECT count(*)::int AS n FROM funding_call`);
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: CALL.slug }, 'input.slug'],
      [{ slug: 'Not A Slug' }, 'input.slug'],
      [{ opensOn: '2027-05-01' }, 'input.opensOn'],
      [{ deadline: '2027-02-30' }, 'input.deadline'],
      [{ deadline: 'next spring' }, 'input.deadline'],
      [{ url: 'ftp://example.org' }, 'input.url'],
      [{ budgetEur: -1 }, 'input.budgetEur'],
      [{ budgetEur: 1.5 }, 'input.budgetEur'],
      [{ eligibleCountries: ['France'] }, 'input.eligibleCountries'],
      [{ minCountries: 0 }, 'input.minCountries'],
      [{ topicCodes: ['app.agri-food', 'tech.no-such-term'] }, 'input.topicCodes[1]'],
      [{ title: '' }, 'input.title'],
    ];
    for (const [change, field] of cases) {
      const res = await api.graphql(CREATE, { i: { ...CALL, slug: 'curated-call-bad', ...change } }, curator.headers);
      expectCodedError(res, 'BAD_USER_INPUT', field);
    }
    expect(await count(`SELECT count(*)::int AS n FROM funding_call`)).toBe(calls);
  });

  it('changes a call and its topics as one new version, and answers a stale version with CONFLICT', async () => {
    const { fundingCall } = (await api.graphql<ReadCall>(READ, { slug: CALL.slug })).body.data!;
    const changed = await api.graphql(
      UPDATE,
      { i: { id: fundingCall.id, version: fundingCall.version, title: 'Sensing for farms', opensOn: '', topicCodes: ['app.agri-food'] } },
      curator.headers,
    );
    expect(changed.body.errors).toBeUndefined();
    const after = (await api.graphql<ReadCall>(READ, { slug: CALL.slug })).body.data!.fundingCall;
    expect(after).toMatchObject({ version: fundingCall.version + 1, title: 'Sensing for farms', opensOn: null });
    expect(after.topics.map((t) => t.code)).toEqual(['app.agri-food']);
    // The topics' change shows on the call's history; the same set again writes no entry.
    const id = Number(Buffer.from(fundingCall.id, 'base64url').toString().split(':')[1]);
    const topicChanges = `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'FundingCallTopics' AND subject_type = 'FundingCall'
      AND subject_id = $1 AND jsonb_array_length(before->'term_ids') = 2 AND jsonb_array_length(after->'term_ids') = 1`;
    expect(await count(topicChanges, [id])).toBe(1);
    const same = await api.graphql(
      UPDATE,
      { i: { id: fundingCall.id, version: after.version, topicCodes: ['app.agri-food'] } },
      curator.headers,
    );
    expect(same.body.errors).toBeUndefined();
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'FundingCallTopics' AND subject_id = $1`, [id]),
    ).toBe(1);
    const stale = await api.graphql(UPDATE, { i: { id: fundingCall.id, version: fundingCall.version, title: 'Lost' } }, curator.headers);
    expectCodedError(stale, 'CONFLICT');
    const late = await api.graphql(
      UPDATE,
      { i: { id: fundingCall.id, version: after.version + 1, opensOn: '2027-06-01' } },
      curator.headers,
    );
    expectCodedError(late, 'BAD_USER_INPUT', 'input.opensOn');
    expect((await api.graphql<ReadCall>(READ, { slug: CALL.slug })).body.data!.fundingCall).toMatchObject({
      version: after.version + 1,
      title: 'Sensing for farms',
    });
  });

  it("deletes a call with members' interest in it; its history keeps the last version", async () => {
    const { fundingCall } = (await api.graphql<ReadCall>(READ, { slug: CALL.slug })).body.data!;
    const id = Number(Buffer.from(fundingCall.id, 'base64url').toString().split(':')[1]);
    await db.query(`INSERT INTO funding_interest (call_id, organization_id) SELECT $1, id FROM organization ORDER BY id LIMIT 2`, [id]);
    expectCodedError(
      await api.graphql(DELETE, { i: { id: fundingCall.id, version: fundingCall.version - 1 } }, curator.headers),
      'CONFLICT',
    );
    expectCodedError(await api.graphql(DELETE, { i: { id: fundingCall.id, version: fundingCall.version } }, member.headers), 'FORBIDDEN');
    const deleted = await api.graphql(DELETE, { i: { id: fundingCall.id, version: fundingCall.version } }, curator.headers);
    expect(deleted.body.errors).toBeUndefined();
    expectCodedError(await api.graphql(READ, { slug: CALL.slug }), 'NOT_FOUND');
    expect(await count(`SELECT count(*)::int AS n FROM funding_interest WHERE call_id = $1`, [id])).toBe(0);
    const [audit] = (await db.query(
      `SELECT before->>'title' AS title, (before->>'interests')::int AS interests FROM audit_entry WHERE entity_type = 'FundingCall' AND entity_id = $1 AND action = 'DELETE'`,
      [id],
    )) as { title: string; interests: number }[];
    expect(audit).toEqual({ title: 'Sensing for farms', interests: 2 });
    expectCodedError(await api.graphql(DELETE, { i: { id: globalId('FundingCall', id), version: 1 } }, curator.headers), 'NOT_FOUND');
  });
});
