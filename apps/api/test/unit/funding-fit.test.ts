import { formConsortia } from '../../src/modules/funding/consortium';
import { rankCalls, scoreCall, type CallTopics } from '../../src/modules/funding/funding-fit';
import type { Profile } from '../../src/modules/matchmaking/match-scoring';

const label = (id: number) => `term ${id}`;
// Terms: 1 a technology with child 2; 10 an application; 20 a stage; 3 another technology.
const cover = (termId: number, ...descendants: number[]) => ({ termId, covers: new Set([termId, ...descendants]) });
const call = (id: number, topics: Partial<CallTopics>, eligibleCountries: string[] = []): CallTopics => ({
  id,
  eligibleCountries,
  technologies: [],
  applications: [],
  stages: [],
  ...topics,
});
const profile = (overrides: Partial<Profile>): Profile => ({
  id: 1,
  kind: 'SME',
  country: 'DE',
  clusters: [],
  capabilities: [],
  exportCountries: [],
  needs: [],
  ...overrides,
});

describe('funding fit', () => {
  const sme = profile({
    capabilities: [{ technologyId: 2, stageId: 20, trl: 6, applicationIds: [10] }],
    needs: [
      { id: 1, kind: 'FUNDING', technologyIds: [], stageIds: [], country: null },
      { id: 2, kind: 'PARTNER', technologyIds: [3], stageIds: [], country: null },
    ],
  });

  it('adds the points of each reason, matching topics by descendants', () => {
    const fit = scoreCall(call(1, { technologies: [cover(1, 2)], applications: [cover(10)], stages: [cover(20)] }), sme, label);
    expect(fit?.reasons.map((r) => [r.kind, r.points])).toEqual([
      ['TECHNOLOGY_TOPIC', 30],
      ['APPLICATION_TOPIC', 20],
      ['STAGE_TOPIC', 10],
      ['FUNDING_NEED', 10],
    ]);
    expect(fit?.score).toBe(70);
  });

  it('needs eligibility and a topic reason; a funding need alone is no fit', () => {
    expect(scoreCall(call(1, { technologies: [cover(1, 2)] }, ['FR']), sme, label)).toBeNull();
    expect(scoreCall(call(1, { applications: [cover(11)] }), sme, label)).toBeNull();
    expect(scoreCall(call(1, { technologies: [cover(3)] }), sme, label)?.reasons.map((r) => r.kind)).toEqual([
      'NEEDED_TECHNOLOGY',
      'FUNDING_NEED',
    ]);
  });

  it('ranks by score, then deadline, then id', () => {
    const calls = [
      { id: 3, deadline: '2030-03-01', topics: call(3, { applications: [cover(10)] }) },
      { id: 2, deadline: '2030-01-01', topics: call(2, { applications: [cover(10)] }) },
      { id: 1, deadline: '2030-06-01', topics: call(1, { technologies: [cover(1, 2)] }) },
    ];
    expect(rankCalls(calls, sme, (c) => c.topics, label).map((r) => r.call.id)).toEqual([1, 2, 3]);
  });
});

describe('consortia', () => {
  const none = () => 0;

  it('adds members for new topics, then for a country the rule needs, and leaves out ineligible ones', () => {
    const proposals = formConsortia(
      { topicIds: [1, 2, 3], eligibleCountries: ['DE', 'FR', 'IT'], minCountries: 2 },
      [
        { id: 10, country: 'DE', topics: [1] },
        { id: 11, country: 'DE', topics: [2] },
        { id: 12, country: 'FR', topics: [1] },
        { id: 13, country: 'US', topics: [3] },
      ],
      none,
    );
    expect(proposals).toEqual([
      { memberIds: [10, 11, 12], covered: [1, 2], missing: [3], countries: ['DE', 'FR'], meetsCountryRule: true, score: 250 },
    ]);
  });

  it('breaks ties by complementarity and starts another consortium with the members left', () => {
    const proposals = formConsortia(
      { topicIds: [1, 2], eligibleCountries: [], minCountries: 1 },
      [
        { id: 1, country: 'DE', topics: [1] },
        { id: 2, country: 'FR', topics: [2] },
        { id: 3, country: 'IT', topics: [2] },
      ],
      (a, b) => (a + b === 4 ? 40 : 0),
    );
    expect(proposals.map((p) => [p.memberIds, p.missing, p.score])).toEqual([
      [[1, 3], [], 240],
      [[2], [1], 100],
    ]);
  });
});
