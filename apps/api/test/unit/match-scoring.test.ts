import {
  rankCandidates,
  scoreCandidate,
  WEIGHTS,
  type Profile,
  type ProfileNeed,
  type TermLookup,
} from '../../src/modules/matchmaking/match-scoring';

// Terms: 1-6 stages in order; 10 lasers > 11 fibre lasers; 20 LEDs; 30 automotive, 31 health, 32 energy.
const LABELS: Record<number, string> = {
  1: 'Materials',
  2: 'Components',
  3: 'Modules',
  4: 'Systems',
  5: 'Integration',
  6: 'End use',
  10: 'Lasers',
  11: 'Fibre lasers',
  20: 'LEDs',
  30: 'Automotive',
  31: 'Health',
  32: 'Energy',
};
const terms: TermLookup = { label: (id) => LABELS[id] ?? '?', stagePosition: (id) => (id >= 1 && id <= 6 ? id : null) };

function profile(id: number, overrides: Partial<Profile> = {}): Profile {
  return { id, kind: 'SME', country: 'FR', clusters: [], capabilities: [], exportCountries: [], needs: [], ...overrides };
}
const laserNeed: ProfileNeed = { id: 100, kind: 'PARTNER', technologyIds: [10, 11], stageIds: [], country: null };

const source = profile(1, {
  clusters: [{ id: 900, name: 'Breizh Photonics' }],
  capabilities: [{ technologyId: 20, stageId: 3, trl: 6, applicationIds: [30, 31] }],
  exportCountries: ['CA', 'US'],
  needs: [laserNeed],
});

describe('scoreCandidate', () => {
  it('adds up every reason with its documented points and explanation', () => {
    const candidate = profile(2, {
      clusters: [{ id: 901, name: 'Optitec' }],
      capabilities: [{ technologyId: 11, stageId: 2, trl: 8, applicationIds: [30, 32] }],
      exportCountries: ['US', 'JP'],
    });
    const match = scoreCandidate(source, candidate, null, terms)!;
    expect(match.reasons.map((r) => [r.kind, r.points])).toEqual([
      ['NEEDED_TECHNOLOGY', WEIGHTS.NEEDED_TECHNOLOGY],
      ['SHARED_APPLICATION', WEIGHTS.SHARED_APPLICATION],
      ['ADJACENT_STAGE', WEIGHTS.ADJACENT_STAGE],
      ['TRL_FIT', WEIGHTS.TRL_FIT],
      ['DIFFERENT_CLUSTER', WEIGHTS.DIFFERENT_CLUSTER],
      ['COMMON_TARGET_MARKET', WEIGHTS.COMMON_TARGET_MARKET],
    ]);
    expect(match.score).toBe(40 + 8 + 15 + 10 + 5 + 5);
    expect(match.reasons.map((r) => r.explanation)).toEqual([
      'Offers Fibre lasers, the Lasers you look for',
      'Also serves Automotive',
      'Works at Components, just upstream of your Modules',
      'Reaches TRL 8, at or above your TRL 6',
      'Member of Optitec, a cluster you are not in',
      'Also targets US',
    ]);
    expect(match.reasons[5]!.countries).toEqual(['US']);
  });

  it('is no match without a need answered or an application shared', () => {
    const stranger = profile(3, {
      capabilities: [{ technologyId: 20, stageId: 2, trl: 9, applicationIds: [32] }],
      exportCountries: ['US'],
    });
    expect(scoreCandidate(source, stranger, null, terms)).toBeNull();
    expect(scoreCandidate(source, source, null, terms)).toBeNull();
  });

  it('for a need, keeps only candidates that answer it', () => {
    const sameApplication = profile(4, { capabilities: [{ technologyId: 20, stageId: 4, trl: 7, applicationIds: [31] }] });
    const laser = profile(5, { capabilities: [{ technologyId: 10, stageId: 5, trl: 4, applicationIds: [] }] });
    expect(scoreCandidate(source, sameApplication, laserNeed, terms)).toBeNull();
    const match = scoreCandidate(source, laser, laserNeed, terms)!;
    expect(match.reasons.map((r) => r.kind)).toEqual(['NEEDED_TECHNOLOGY']);
    expect(match.reasons[0]!.explanation).toBe('Offers Lasers, the Lasers this need asks for');
  });

  it('answers market-access and funding needs by country and by investors', () => {
    const market: ProfileNeed = { id: 101, kind: 'MARKET_ACCESS', technologyIds: [], stageIds: [], country: 'CA' };
    const funding: ProfileNeed = { id: 102, kind: 'FUNDING', technologyIds: [], stageIds: [], country: null };
    const canadian = profile(6, { country: 'CA' });
    const investor = profile(7, { kind: 'INVESTOR' });
    expect(scoreCandidate(source, canadian, market, terms)?.reasons.map((r) => [r.kind, r.explanation])).toEqual([
      ['MARKET_PRESENCE', 'Based in CA, the market this need asks for'],
    ]);
    expect(scoreCandidate(source, investor, market, terms)).toBeNull();
    expect(scoreCandidate(source, investor, funding, terms)?.score).toBe(WEIGHTS.FUNDING_SOURCE);
  });

  it('requires the need stage on the same capability as the technology', () => {
    const need: ProfileNeed = { id: 103, kind: 'PARTNER', technologyIds: [10, 11], stageIds: [4], country: null };
    const wrongStage = profile(8, {
      capabilities: [
        { technologyId: 11, stageId: 2, trl: 9, applicationIds: [] },
        { technologyId: 20, stageId: 4, trl: 9, applicationIds: [] },
      ],
    });
    const rightStage = profile(9, { capabilities: [{ technologyId: 11, stageId: 4, trl: 9, applicationIds: [] }] });
    expect(scoreCandidate(source, wrongStage, need, terms)).toBeNull();
    expect(scoreCandidate(source, rightStage, need, terms)?.reasons.map((r) => r.kind)).toEqual([
      'NEEDED_TECHNOLOGY',
      'NEEDED_STAGE',
      'ADJACENT_STAGE',
      'TRL_FIT',
    ]);
  });

  it('caps shared applications and common markets', () => {
    const wide = profile(10, {
      capabilities: [{ technologyId: 20, stageId: 3, trl: 1, applicationIds: [30, 31, 32] }],
      exportCountries: ['CA', 'US'],
    });
    const many = profile(1, {
      capabilities: [{ technologyId: 20, stageId: 3, trl: 9, applicationIds: [30, 31, 32, 33] }],
      exportCountries: ['CA', 'US', 'JP'],
    });
    const extra = {
      ...wide,
      capabilities: [{ technologyId: 20, stageId: 3, trl: 1, applicationIds: [30, 31, 32, 33] }],
      exportCountries: ['CA', 'US', 'JP'],
    };
    const match = scoreCandidate(many, extra, null, terms)!;
    expect(match.reasons.find((r) => r.kind === 'SHARED_APPLICATION')!.points).toBe(3 * WEIGHTS.SHARED_APPLICATION);
    expect(match.reasons.find((r) => r.kind === 'COMMON_TARGET_MARKET')!.countries).toEqual(['CA', 'JP']);
  });
});

describe('rankCandidates', () => {
  it('orders by score, then by id, whatever the input order', () => {
    const a = profile(20, { capabilities: [{ technologyId: 20, stageId: 6, trl: 1, applicationIds: [30] }] });
    const b = profile(12, { capabilities: [{ technologyId: 20, stageId: 6, trl: 1, applicationIds: [31] }] });
    const best = profile(30, { capabilities: [{ technologyId: 11, stageId: 6, trl: 1, applicationIds: [] }] });
    const ids = (list: Profile[]) => rankCandidates(source, list, null, terms).map((m) => m.candidateId);
    expect(ids([a, b, best])).toEqual([30, 12, 20]);
    expect(ids([best, b, a].reverse())).toEqual([30, 12, 20]);
  });
});
