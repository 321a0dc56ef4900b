import { crosswalks } from '@lightbridge/taxonomy';
import { signUpUser } from '../support/accounts';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase } from '../support/database';

interface TermsData {
  terms: { nodes: { code: string; crosswalks: { scheme: string; code: string; label: string; match: string }[] }[] };
}

const TERMS = `query($first: Int!) { terms(facet: TECHNOLOGY, first: $first) { nodes { code crosswalks { scheme code label match } } } }`;

describe('term crosswalks and proposal reasons', () => {
  let api: TestApi;

  beforeAll(async () => {
    await resetDatabase('taxonomy');
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it("lists a term's mappings to NACE Rev. 2 and the Key Enabling Technologies, as loaded from the scheme data", async () => {
    const res = await api.graphql<{ term: TermsData['terms']['nodes'][number] }>(
      `{ term(code: "tech.light-sources-lasers") { code crosswalks { scheme code label match } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const expected = crosswalks
      .filter((c) => c.term === 'tech.light-sources-lasers')
      .map((c) => ({ scheme: c.scheme, code: c.externalCode, label: c.externalLabel, match: c.match }))
      .sort((a, b) => a.scheme.localeCompare(b.scheme) || a.code.localeCompare(b.code));
    expect(expected.length).toBeGreaterThan(1);
    expect(res.body.data?.term.crosswalks).toEqual(expected);
  });

  it('batches the crosswalks of many terms into one statement', async () => {
    const few = await api.graphql<TermsData>(TERMS, { first: 2 });
    const many = await api.graphql<TermsData>(TERMS, { first: 100 });
    expect(many.body.data?.terms.nodes.length).toBeGreaterThan(20);
    expect(many.body.data?.terms.nodes.some((t) => t.crosswalks.length === 0)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });

  it("shows a proposed term's reason, and null for a term of the scheme", async () => {
    const member = await signUpUser(api, 'proposer@crosswalks.test');
    const proposed = await api.graphql<{ proposeTerm: { code: string; proposalReason: string | null } }>(
      `mutation($i: ProposeTermInput!) { proposeTerm(input: $i) { code proposalReason } }`,
      {
        i: { code: 'tech.quantum-dot-lasers', parent: 'tech.lasers', labels: { en: 'Quantum-dot lasers' }, reason: 'Members build them.' },
      },
      member.headers,
    );
    expect(proposed.body.data?.proposeTerm).toEqual({ code: 'tech.quantum-dot-lasers', proposalReason: 'Members build them.' });
    const scheme = await api.graphql<{ term: { proposalReason: string | null } }>(`{ term(code: "tech.lasers") { proposalReason } }`);
    expect(scheme.body.data?.term.proposalReason).toBeNull();
  });
});
