import { resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { expectCodedError, globalId } from '../support/expect-error';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 200 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

interface AgreementNode {
  slug: string;
  kind: string;
  signedOn: string;
  signatories: { totalCount: number; nodes: { slug: string; country: string }[] };
}

const AGREEMENTS = `query($first: Int, $after: String, $kind: AgreementKind, $organization: String, $signedAfter: String, $signedBefore: String) {
  agreements(first: $first, after: $after, kind: $kind, organization: $organization, signedAfter: $signedAfter, signedBefore: $signedBefore) {
    totalCount
    nodes { slug kind signedOn signatories(first: 10) { totalCount nodes { slug country } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('agreements', () => {
  it('lists agreements newest first with their signatories, third-country clusters included', async () => {
    const res = await api.graphql<{ agreements: { totalCount: number; nodes: AgreementNode[] } }>(AGREEMENTS, { first: 10 });
    expect(res.body.errors).toBeUndefined();
    const { totalCount, nodes } = res.body.data!.agreements;
    expect(totalCount).toBe(3);
    expect(nodes[0]!.slug).toBe('pimap-partnership-agreement');
    const dates = nodes.map((n) => n.signedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const signatories = nodes.flatMap((n) => n.signatories.nodes);
    expect(signatories).toEqual(
      expect.arrayContaining([
        { slug: 'optonique', country: 'CA' },
        { slug: 'arizona-optics-valley', country: 'US' },
      ]),
    );
  });

  it('pages with a cursor', async () => {
    const first = await api.graphql<{ agreements: { nodes: AgreementNode[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      AGREEMENTS,
      { first: 2 },
    );
    expect(first.body.data!.agreements.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<{ agreements: { nodes: AgreementNode[]; pageInfo: { hasNextPage: boolean } } }>(AGREEMENTS, {
      first: 2,
      after: first.body.data!.agreements.pageInfo.endCursor,
    });
    expect(second.body.data!.agreements.nodes).toHaveLength(1);
    expect(second.body.data!.agreements.pageInfo.hasNextPage).toBe(false);
    const slugs = [...first.body.data!.agreements.nodes, ...second.body.data!.agreements.nodes].map((n) => n.slug);
    expect(new Set(slugs).size).toBe(3);
  });

  it('filters by kind, signatory and dates', async () => {
    const mous = await api.graphql<{ agreements: { totalCount: number } }>(AGREEMENTS, { kind: 'MOU' });
    expect(mous.body.data!.agreements.totalCount).toBe(2);
    const optonique = await api.graphql<{ agreements: { nodes: AgreementNode[] } }>(AGREEMENTS, { organization: 'optonique' });
    expect(optonique.body.data!.agreements.nodes.map((n) => n.slug)).toEqual(['pimap-mou-optonique-2019']);
    const dated = await api.graphql<{ agreements: { nodes: AgreementNode[] } }>(AGREEMENTS, {
      signedAfter: '2019-06-25',
      signedBefore: '2019-06-25',
    });
    expect(dated.body.data!.agreements.nodes.map((n) => n.signedOn)).toEqual(['2019-06-25', '2019-06-25']);
  });

  it('shows one agreement and an organization’s agreements', async () => {
    const one = await api.graphql<{ agreement: { title: string; signatories: { totalCount: number } } }>(
      `{ agreement(slug: "pimap-mou-arizona-optics-valley-2019") { title signatories(first: 10) { totalCount } } }`,
    );
    expect(one.body.data!.agreement.signatories.totalCount).toBe(5);
    const org = await api.graphql<{ organization: { agreements: { totalCount: number; nodes: { slug: string }[] } } }>(
      `{ organization(slug: "alpha-rlh") { agreements(first: 10) { totalCount nodes { slug } } } }`,
    );
    expect(org.body.data!.organization.agreements.totalCount).toBe(3);
    expect(org.body.data!.organization.agreements.nodes[0]!.slug).toBe('pimap-partnership-agreement');
  });

  it('rejects bad input with coded errors', async () => {
    expectCodedError(await api.graphql(AGREEMENTS, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(AGREEMENTS, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(AGREEMENTS, { after: 'bm90LWEtY3Vyc29y' }), 'BAD_USER_INPUT', 'after');
    expectCodedError(await api.graphql(AGREEMENTS, { signedAfter: '2019-02-30' }), 'BAD_USER_INPUT', 'signedAfter');
    expectCodedError(await api.graphql(AGREEMENTS, { signedBefore: 'yesterday' }), 'BAD_USER_INPUT', 'signedBefore');
    expectCodedError(await api.graphql(AGREEMENTS, { organization: 'no-such-org' }), 'BAD_USER_INPUT', 'organization');
    expectCodedError(await api.graphql(`{ agreement(slug: "no-such-agreement") { id } }`), 'NOT_FOUND');
  });
});

interface EventNode {
  slug: string;
  kind: string;
  startsOn: string;
  country: { code: string; name: string } | null;
  targetCountries: { code: string }[];
  organizer: { slug: string } | null;
  participants: { totalCount: number; nodes: { role: string; organization: { slug: string } }[] };
}

const EVENTS = `query($first: Int, $kind: EventKind, $country: String, $targetCountry: String, $from: String, $to: String, $organization: String) {
  events(first: $first, kind: $kind, country: $country, targetCountry: $targetCountry, from: $from, to: $to, organization: $organization) {
    totalCount
    nodes {
      slug kind startsOn country { code name(lang: FR) } targetCountries { code }
      organizer { slug }
      participants(first: 20) { totalCount nodes { role organization { slug } } }
    }
  }
}`;

describe('events', () => {
  it('lists events newest first with organizer, participants and target countries', async () => {
    const res = await api.graphql<{ events: { totalCount: number; nodes: EventNode[] } }>(EVENTS, { first: 100 });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.events;
    expect(totalCount).toBe(nodes.length);
    expect(totalCount).toBeGreaterThan(10);
    const dates = nodes.map((n) => n.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const event of nodes) {
      const first = event.participants.nodes[0];
      expect(first?.role).toBe('ORGANIZER');
      expect(first?.organization.slug).toBe(event.organizer?.slug);
    }
  });

  it('filters missions by target market, place and dates', async () => {
    const missions = await api.graphql<{ events: { nodes: EventNode[] } }>(EVENTS, { kind: 'TRADE_MISSION', targetCountry: 'US' });
    expect(missions.body.errors).toBeUndefined();
    expect(missions.body.data!.events.nodes.length).toBeGreaterThan(0);
    for (const event of missions.body.data!.events.nodes) {
      expect(event.kind).toBe('TRADE_MISSION');
      expect(event.targetCountries.map((c) => c.code)).toContain('US');
    }
    const inFinland = await api.graphql<{ events: { nodes: EventNode[] } }>(EVENTS, {
      country: 'FI',
      from: '2022-01-01',
      to: '2023-12-31',
    });
    expect(inFinland.body.data!.events.nodes.length).toBeGreaterThan(0);
    for (const event of inFinland.body.data!.events.nodes) {
      expect(event.country).toEqual({ code: 'FI', name: 'Finlande' });
      expect(event.startsOn >= '2022-01-01' && event.startsOn <= '2023-12-31').toBe(true);
    }
  });

  it('shows one event and the events of an organization, consistent with the filter', async () => {
    const one = await api.graphql<{ event: EventNode }>(
      `{ event(slug: "p4i-cxc-lannion-2023") { slug kind startsOn country { code name } targetCountries { code } organizer { slug }
         participants(first: 3) { totalCount nodes { role organization { slug } } } } }`,
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.event.kind).toBe('CLUSTER_EXCHANGE');
    expect(one.body.data!.event.participants.nodes.length).toBeLessThanOrEqual(3);
    const org = await api.graphql<{ organization: { events: { totalCount: number; nodes: { slug: string }[] } } }>(
      `{ organization(slug: "photonics-bretagne") { events(first: 100) { totalCount nodes { slug } } } }`,
    );
    const filtered = await api.graphql<{ events: { totalCount: number; nodes: EventNode[] } }>(EVENTS, {
      organization: 'photonics-bretagne',
      first: 100,
    });
    expect(org.body.data!.organization.events.totalCount).toBeGreaterThan(0);
    expect(org.body.data!.organization.events.nodes.map((e) => e.slug)).toEqual(filtered.body.data!.events.nodes.map((e) => e.slug));
    expect(org.body.data!.organization.events.nodes.map((e) => e.slug)).toContain('p4i-cxc-lannion-2023');
  });

  it('fetches events and agreements through node(id:) and rejects IDs of another type', async () => {
    const one = await api.graphql<{ event: { id: string } }>(`{ event(slug: "p4i-cxc-lannion-2023") { id } }`);
    const node = await api.graphql<{ node: { slug: string } }>(`query($id: ID!) { node(id: $id) { ... on Event { slug } } }`, {
      id: one.body.data!.event.id,
    });
    expect(node.body.data!.node.slug).toBe('p4i-cxc-lannion-2023');
    expectCodedError(await api.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId('Event', 999_999) }), 'NOT_FOUND');
  });

  it('rejects bad input with coded errors', async () => {
    expectCodedError(await api.graphql(EVENTS, { first: 0 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(EVENTS, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectCodedError(await api.graphql(EVENTS, { country: 'XX' }), 'BAD_USER_INPUT', 'country');
    expectCodedError(await api.graphql(EVENTS, { targetCountry: 'usa' }), 'BAD_USER_INPUT', 'targetCountry');
    expectCodedError(await api.graphql(EVENTS, { from: '2023-13-01' }), 'BAD_USER_INPUT', 'from');
    expectCodedError(await api.graphql(EVENTS, { organization: 'no-such-org' }), 'BAD_USER_INPUT', 'organization');
    expectCodedError(await api.graphql(`{ event(slug: "no-such-event") { id } }`), 'NOT_FOUND');
    expectCodedError(
      await api.graphql(`{ organization(slug: "alpha-rlh") { events(first: 1, after: "%%%") { totalCount } } }`),
      'BAD_USER_INPUT',
      'after',
    );
  });
});
