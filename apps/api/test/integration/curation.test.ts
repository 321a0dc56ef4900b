import type { DataSource } from 'typeorm';
import { globalId, grant, signUpUser, type SignedInUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { openTestDataSource, resetDatabase } from '../support/database';

const PROPOSE = `mutation($i: ProposeTermInput!) { proposeTerm(input: $i) { id code status facet parent { code } version } }`;

describe('curation of the classification scheme', () => {
  let api: TestApi;
  let db: DataSource;
  let member: SignedInUser;
  let curator: SignedInUser;

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await db.query(sql, params)) as T[])[0]!;

  beforeAll(async () => {
    await resetDatabase({ demo: 40 });
    api = await startTestApi();
    db = await openTestDataSource();
    member = await signUpUser(api, 'member@curation.test');
    curator = await signUpUser(api, 'curator@curation.test');
    await grant(db, curator.userId, 'CURATOR');
  });
  afterAll(async () => {
    await db.destroy();
    await api.stop();
  });

  it('lets a member propose a term under a parent; a curator approves it', async () => {
    const res = await api.graphql<{ proposeTerm: { id: string } }>(
      PROPOSE,
      {
        i: {
          code: 'tech.photonic-quantum-sensing',
          parent: 'tech.lasers',
          labels: { en: 'Quantum cascade lasers', fr: 'Lasers à cascade quantique' },
          reason: 'Mid-IR sensing',
        },
      },
      member.headers,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.proposeTerm).toMatchObject({
      code: 'tech.photonic-quantum-sensing',
      status: 'PROPOSED',
      facet: 'TECHNOLOGY',
      parent: { code: 'tech.lasers' },
      version: 1,
    });
    const id = res.body.data!.proposeTerm.id;
    const memberApproves = await api.graphql(`mutation($id: ID!) { approveTerm(id: $id, version: 1) { status } }`, { id }, member.headers);
    expect(memberApproves.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await api.graphql(
      `mutation($id: ID!) { approveTerm(id: $id, version: 1) { status version } }`,
      { id },
      curator.headers,
    );
    expect(approved.body.data).toEqual({ approveTerm: { status: 'APPROVED', version: 2 } });
    const again = await api.graphql(`mutation($id: ID!) { rejectTerm(id: $id, version: 2) { status } }`, { id }, curator.headers);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('refuses a duplicate code, a dangling parent and a malformed code with a clear error, writing nothing', async () => {
    const before = await one<{ n: number }>(`SELECT count(*)::int AS n FROM term`);
    const base = { code: 'tech.new-thing', parent: 'tech.lasers', labels: { en: 'New' }, reason: 'Because' };
    for (const [change, field, message] of [
      [{ code: 'tech.lasers' }, 'input.code', /exists already/],
      [{ parent: 'tech.no-such-parent' }, 'input.parent', /No term has the code/],
      [{ code: 'Tech Lasers!' }, 'input.code', /must look like/],
      [{ code: 'app.new-thing' }, 'input.code', /start with "tech\."/],
      [{ labels: { en: '' } }, 'input.labels.en', /en/],
    ] as const) {
      const res = await api.graphql(PROPOSE, { i: { ...base, ...change } }, member.headers);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM term`)).n).toBe(before.n);
  });

  it('deprecates a term into a replacement and moves capabilities, applications, needs and community tags: nothing lost', async () => {
    const diode = await one<{ id: number; version: number }>(`SELECT id, version FROM term WHERE code = 'tech.diode-lasers'`);
    const lasers = await one<{ id: number }>(`SELECT id FROM term WHERE code = 'tech.lasers'`);
    const org = await one<{ id: number }>(`SELECT id FROM organization WHERE kind <> 'CLUSTER' ORDER BY id LIMIT 1`);
    const stage = await one<{ id: number }>(`SELECT id FROM term WHERE code = 'stage.components'`);
    await db.query(`INSERT INTO capability (organization_id, technology_id, stage_id, trl) VALUES ($1, $2, $3, 4)`, [
      org.id,
      diode.id,
      stage.id,
    ]);
    await db.query(`INSERT INTO need (organization_id, kind, technology_id, description) VALUES ($1, 'PARTNER', $2, 'Diode supplier')`, [
      org.id,
      diode.id,
    ]);
    const community = await one<{ id: number }>(`INSERT INTO community (slug, name) VALUES ('diodes', 'Diodes') RETURNING id`);
    await db.query(`INSERT INTO community_term (community_id, term_id) VALUES ($1, $2)`, [community.id, diode.id]);
    const used = async (termId: number) =>
      one<{ caps: number; needs: number; tags: number }>(
        `SELECT (SELECT count(*)::int FROM capability WHERE technology_id = $1) AS caps, (SELECT count(*)::int FROM need WHERE technology_id = $1) AS needs,
                (SELECT count(*)::int FROM community_term WHERE term_id = $1) AS tags`,
        [termId],
      );
    const fromBefore = await used(diode.id);
    const toBefore = await used(lasers.id);
    expect(fromBefore.caps).toBeGreaterThan(0);
    const self = await api.graphql(
      `mutation($id: ID!, $v: Int!) { deprecateTerm(id: $id, version: $v, replacement: "tech.diode-lasers") { status } }`,
      { id: globalId('Term', diode.id), v: diode.version },
      curator.headers,
    );
    expect(self.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'replacement' });
    const res = await api.graphql(
      `mutation($id: ID!, $v: Int!) { deprecateTerm(id: $id, version: $v, replacement: "tech.lasers") { status replacedBy { code } } }`,
      { id: globalId('Term', diode.id), v: diode.version },
      curator.headers,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ deprecateTerm: { status: 'DEPRECATED', replacedBy: { code: 'tech.lasers' } } });
    expect(await used(diode.id)).toEqual({ caps: 0, needs: 0, tags: 0 });
    const toAfter = await used(lasers.id);
    expect(toAfter.caps).toBe(toBefore.caps + fromBefore.caps);
    expect(toAfter.needs).toBe(toBefore.needs + fromBefore.needs);
    expect(toAfter.tags).toBe(toBefore.tags + fromBefore.tags);
  });

  it('merges a term into another, keeping its labels as synonyms', async () => {
    const leds = await one<{ id: number; version: number; labels: { en: string } }>(
      `SELECT id, version, labels FROM term WHERE code = 'tech.leds'`,
    );
    const res = await api.graphql(
      `mutation($id: ID!, $v: Int!) { mergeTerm(id: $id, version: $v, into: "tech.light-sources-lasers") { status } }`,
      { id: globalId('Term', leds.id), v: leds.version },
      curator.headers,
    );
    expect(res.body.data).toEqual({ mergeTerm: { status: 'DEPRECATED' } });
    const target = await one<{ synonyms: string[] }>(`SELECT synonyms FROM term WHERE code = 'tech.light-sources-lasers'`);
    expect(target.synonyms).toContain(leds.labels.en);
  });

  it('publishes scheme releases with semantic versions; earlier releases stay readable', async () => {
    const publish = `mutation($v: String!) { publishSchemeRelease(version: $v, notes: "First") { version termCount } }`;
    // The demo data has releases already: publish above the latest.
    const first = await api.graphql<{ publishSchemeRelease: { termCount: number } }>(publish, { v: '50.0.0' }, curator.headers);
    expect(first.body.errors).toBeUndefined();
    const approved = await one<{ n: number }>(`SELECT count(*)::int AS n FROM term WHERE status = 'APPROVED'`);
    expect(first.body.data!.publishSchemeRelease.termCount).toBe(approved.n);
    for (const [version, pattern] of [
      ['50.0.0', /greater than the latest/],
      ['49.9.0', /greater than the latest/],
      ['v2', /must be a version/],
    ] as const) {
      const bad = await api.graphql(publish, { v: version }, curator.headers);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(bad.body.errors?.[0]?.message).toMatch(pattern);
    }
    await db.query(`UPDATE term SET status = 'APPROVED' WHERE code = 'tech.photonic-quantum-sensing'`);
    await api.graphql(`mutation { publishSchemeRelease(version: "50.1.0") { version } }`, {}, curator.headers);
    const list = await api.graphql<{
      schemeReleases: { totalCount: number; edges: { node: { version: string; terms: { code: string }[] } }[] };
    }>(`{ schemeReleases(first: 10) { totalCount edges { node { version terms } } } }`);
    const releases = list.body.data!.schemeReleases.edges.map((e) => e.node);
    expect(releases.map((r) => r.version).slice(0, 2)).toEqual(['50.1.0', '50.0.0']);
    expect(list.body.data!.schemeReleases.totalCount).toBeGreaterThanOrEqual(2);
    expect(releases[1]!.terms.some((t) => t.code === 'tech.leds')).toBe(false);
    expect(releases[0]!.terms.length).toBeGreaterThan(0);
  });
});
