/**
 * Matchmaking score: pure functions of two organization profiles (and optionally one need), so that
 * the ranking is deterministic and unit-tested. docs/matchmaking.md documents every weight.
 */

export type MatchReasonKind =
  | 'NEEDED_TECHNOLOGY'
  | 'NEEDED_STAGE'
  | 'MARKET_PRESENCE'
  | 'FUNDING_SOURCE'
  | 'SHARED_APPLICATION'
  | 'ADJACENT_STAGE'
  | 'TRL_FIT'
  | 'DIFFERENT_CLUSTER'
  | 'COMMON_TARGET_MARKET';

export const WEIGHTS = {
  NEEDED_TECHNOLOGY: 40,
  NEEDED_STAGE: 20,
  MARKET_PRESENCE: 25,
  FUNDING_SOURCE: 25,
  /** Per shared application area, for at most MAX_SHARED_APPLICATIONS of them. */
  SHARED_APPLICATION: 8,
  ADJACENT_STAGE: 15,
  TRL_FIT: 10,
  DIFFERENT_CLUSTER: 5,
  /** Per common target market, for at most MAX_COMMON_MARKETS of them. */
  COMMON_TARGET_MARKET: 5,
} as const satisfies Record<MatchReasonKind, number>;

export const MAX_SHARED_APPLICATIONS = 3;
export const MAX_COMMON_MARKETS = 2;
/** The TRL a candidate must reach for TRL_FIT when the organization publishes no capability. */
export const DEFAULT_TRL_FIT = 6;

export interface ProfileCapability {
  technologyId: number;
  stageId: number;
  trl: number;
  applicationIds: number[];
}

export interface ProfileNeed {
  id: number;
  kind: 'PARTNER' | 'MARKET_ACCESS' | 'FUNDING' | 'SKILLS';
  /** The technology sought and its descendants (first = the term itself); empty when none. */
  technologyIds: number[];
  /** The stage sought and its descendants; empty when none. */
  stageIds: number[];
  country: string | null;
}

export interface Profile {
  id: number;
  kind: string;
  country: string;
  clusters: { id: number; name: string }[];
  capabilities: ProfileCapability[];
  exportCountries: string[];
  needs: ProfileNeed[];
}

/** What the scoring needs to know about the taxonomy. */
export interface TermLookup {
  label(id: number): string;
  /** Position of a stage along the chain (1 = materials), or null for a term that is not a stage. */
  stagePosition(id: number): number | null;
}

export interface MatchReason {
  kind: MatchReasonKind;
  points: number;
  explanation: string;
  termIds: number[];
  countries: string[];
}

export interface ScoredMatch {
  candidateId: number;
  score: number;
  reasons: MatchReason[];
}

const PRIMARY: ReadonlySet<MatchReasonKind> = new Set([
  'NEEDED_TECHNOLOGY',
  'NEEDED_STAGE',
  'MARKET_PRESENCE',
  'FUNDING_SOURCE',
  'SHARED_APPLICATION',
]);

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function needMatches(need: ProfileNeed, capability: ProfileCapability): boolean {
  return (
    (need.technologyIds.length === 0 || need.technologyIds.includes(capability.technologyId)) &&
    (need.stageIds.length === 0 || need.stageIds.includes(capability.stageId))
  );
}

/** The needs a match answers: the one need asked about, or every open need of the organization. */
function needReasons(
  needs: ProfileNeed[],
  candidate: Profile,
  terms: TermLookup,
  whose: string,
): { reasons: MatchReason[]; relevant: ProfileCapability[] } {
  const reasons = new Map<MatchReasonKind, MatchReason>();
  const relevant: ProfileCapability[] = [];
  for (const need of [...needs].sort((a, b) => a.id - b.id)) {
    const hasTerms = need.technologyIds.length > 0 || need.stageIds.length > 0;
    const matching =
      hasTerms && need.kind !== 'MARKET_ACCESS' && need.kind !== 'FUNDING'
        ? candidate.capabilities.filter((c) => needMatches(need, c))
        : [];
    relevant.push(...matching);
    const technology = need.technologyIds[0];
    if (technology !== undefined && matching.length > 0 && !reasons.has('NEEDED_TECHNOLOGY')) {
      const offered = [...new Set(matching.map((c) => c.technologyId))].sort((a, b) => a - b);
      reasons.set('NEEDED_TECHNOLOGY', {
        kind: 'NEEDED_TECHNOLOGY',
        points: WEIGHTS.NEEDED_TECHNOLOGY,
        explanation: `Offers ${listOf(offered.map((id) => terms.label(id)))}, the ${terms.label(technology)} ${whose}`,
        termIds: [technology, ...offered.filter((id) => id !== technology)],
        countries: [],
      });
    }
    const stage = need.stageIds[0];
    if (stage !== undefined && matching.length > 0 && !reasons.has('NEEDED_STAGE')) {
      reasons.set('NEEDED_STAGE', {
        kind: 'NEEDED_STAGE',
        points: WEIGHTS.NEEDED_STAGE,
        explanation: `Works at the ${terms.label(stage)} stage ${whose}`,
        termIds: [stage],
        countries: [],
      });
    }
    if (need.kind === 'MARKET_ACCESS' && need.country !== null && candidate.country === need.country && !reasons.has('MARKET_PRESENCE')) {
      reasons.set('MARKET_PRESENCE', {
        kind: 'MARKET_PRESENCE',
        points: WEIGHTS.MARKET_PRESENCE,
        explanation: `Based in ${need.country}, the market ${whose}`,
        termIds: [],
        countries: [need.country],
      });
    }
    if (need.kind === 'FUNDING' && candidate.kind === 'INVESTOR' && !reasons.has('FUNDING_SOURCE')) {
      reasons.set('FUNDING_SOURCE', {
        kind: 'FUNDING_SOURCE',
        points: WEIGHTS.FUNDING_SOURCE,
        explanation: `An investor, for the funding ${whose}`,
        termIds: [],
        countries: [],
      });
    }
  }
  return { reasons: [...reasons.values()], relevant };
}

/** Whether a candidate answers every criterion of the one need asked about. */
function meetsNeed(need: ProfileNeed, reasons: MatchReason[]): boolean {
  const has = (kind: MatchReasonKind) => reasons.some((r) => r.kind === kind);
  if (need.kind === 'FUNDING') return has('FUNDING_SOURCE');
  if (need.kind === 'MARKET_ACCESS') return need.country === null ? has('SHARED_APPLICATION') : has('MARKET_PRESENCE');
  if (need.technologyIds.length > 0) return has('NEEDED_TECHNOLOGY');
  if (need.stageIds.length > 0) return has('NEEDED_STAGE');
  return has('SHARED_APPLICATION');
}

const applicationsOf = (profile: Profile) => new Set(profile.capabilities.flatMap((c) => c.applicationIds));
const bestTrl = (capabilities: ProfileCapability[]) => capabilities.reduce((best, c) => Math.max(best, c.trl), 0);

/**
 * Scores one candidate for an organization (and a need of it, when given). Null when the candidate
 * is no match: it answers none of the needs and shares no application area, or misses the need.
 */
export function scoreCandidate(source: Profile, candidate: Profile, need: ProfileNeed | null, terms: TermLookup): ScoredMatch | null {
  if (candidate.id === source.id) return null;
  const needs = need ? [need] : source.needs;
  const { reasons, relevant } = needReasons(needs, candidate, terms, need ? 'this need asks for' : 'you look for');

  const sourceApplications = applicationsOf(source);
  const shared = [...applicationsOf(candidate)].filter((id) => sourceApplications.has(id)).sort((a, b) => a - b);
  if (shared.length > 0) {
    const counted = shared.slice(0, MAX_SHARED_APPLICATIONS);
    reasons.push({
      kind: 'SHARED_APPLICATION',
      points: WEIGHTS.SHARED_APPLICATION * counted.length,
      explanation: `Also serves ${listOf(counted.map((id) => terms.label(id)))}`,
      termIds: counted,
      countries: [],
    });
  }
  if (need ? !meetsNeed(need, reasons) : !reasons.some((r) => PRIMARY.has(r.kind))) return null;

  const adjacent = adjacentStage(source, candidate, terms);
  if (adjacent) reasons.push(adjacent);

  const relevantCapabilities =
    relevant.length > 0 ? relevant : candidate.capabilities.filter((c) => c.applicationIds.some((a) => sourceApplications.has(a)));
  const candidateTrl = bestTrl(relevantCapabilities);
  const sourceTrl = bestTrl(source.capabilities);
  const wanted = sourceTrl > 0 ? sourceTrl : DEFAULT_TRL_FIT;
  if (candidateTrl > 0 && candidateTrl >= wanted) {
    reasons.push({
      kind: 'TRL_FIT',
      points: WEIGHTS.TRL_FIT,
      explanation:
        sourceTrl > 0
          ? `Reaches TRL ${candidateTrl}, at or above your TRL ${sourceTrl}`
          : `Reaches TRL ${candidateTrl} (${DEFAULT_TRL_FIT} or more)`,
      termIds: [],
      countries: [],
    });
  }

  const sourceClusters = new Set(source.clusters.map((c) => c.id));
  if (candidate.clusters.length > 0 && !candidate.clusters.some((c) => sourceClusters.has(c.id))) {
    const names = [...candidate.clusters].sort((a, b) => a.id - b.id).map((c) => c.name);
    reasons.push({
      kind: 'DIFFERENT_CLUSTER',
      points: WEIGHTS.DIFFERENT_CLUSTER,
      explanation: `Member of ${listOf(names)}, a cluster you are not in`,
      termIds: [],
      countries: [],
    });
  }

  const sourceMarkets = new Set(source.exportCountries);
  const markets = [...new Set(candidate.exportCountries)]
    .filter((c) => sourceMarkets.has(c))
    .sort()
    .slice(0, MAX_COMMON_MARKETS);
  if (markets.length > 0) {
    reasons.push({
      kind: 'COMMON_TARGET_MARKET',
      points: WEIGHTS.COMMON_TARGET_MARKET * markets.length,
      explanation: `Also targets ${listOf(markets)}`,
      termIds: [],
      countries: markets,
    });
  }
  return { candidateId: candidate.id, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

function adjacentStage(source: Profile, candidate: Profile, terms: TermLookup): MatchReason | null {
  const pairs: [number, number][] = [];
  for (const mine of source.capabilities) {
    const p = terms.stagePosition(mine.stageId);
    if (p === null) continue;
    for (const theirs of candidate.capabilities) {
      const q = terms.stagePosition(theirs.stageId);
      if (q !== null && Math.abs(p - q) === 1) pairs.push([mine.stageId, theirs.stageId]);
    }
  }
  if (pairs.length === 0) return null;
  const [mine, theirs] = pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])[0]!;
  const upstream = (terms.stagePosition(theirs) ?? 0) < (terms.stagePosition(mine) ?? 0);
  return {
    kind: 'ADJACENT_STAGE',
    points: WEIGHTS.ADJACENT_STAGE,
    explanation: `Works at ${terms.label(theirs)}, ${upstream ? 'just upstream of' : 'just downstream of'} your ${terms.label(mine)}`,
    termIds: [theirs, mine],
    countries: [],
  };
}

/** Scores and orders candidates: highest score first, then lowest id, so the order is deterministic. */
export function rankCandidates(source: Profile, candidates: Profile[], need: ProfileNeed | null, terms: TermLookup): ScoredMatch[] {
  return candidates
    .map((candidate) => scoreCandidate(source, candidate, need, terms))
    .filter((m): m is ScoredMatch => m !== null)
    .sort((a, b) => b.score - a.score || a.candidateId - b.candidateId);
}
