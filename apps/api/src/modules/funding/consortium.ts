/**
 * Groups the organizations interested in a call into proposed consortia: greedy, deterministic,
 * pure. Each consortium grows from the member meeting the most call topics by adding the member
 * that meets the most topics still missing, then one that brings an eligible country the call's
 * country rule still needs, ties broken by matchmaking complementarity and then by id.
 */
import { isEligible } from './funding-fit';

export const CONSORTIUM_WEIGHTS = { NEW_TOPIC: 100, NEEDED_COUNTRY: 50 } as const;
export const MAX_CONSORTIUM_SIZE = 6;

export interface ConsortiumCall {
  topicIds: number[];
  eligibleCountries: string[];
  minCountries: number;
}

export interface ConsortiumCandidate {
  id: number;
  country: string;
  /** The call topics this organization meets. */
  topics: number[];
}

export interface ProposedConsortium {
  memberIds: number[];
  covered: number[];
  missing: number[];
  countries: string[];
  meetsCountryRule: boolean;
  score: number;
}

/**
 * @param complementarity matchmaking points between two organizations (symmetric, 0 when none).
 * Members from countries the call does not admit are left out.
 */
export function formConsortia(
  call: ConsortiumCall,
  candidates: ConsortiumCandidate[],
  complementarity: (a: number, b: number) => number,
  maxSize = MAX_CONSORTIUM_SIZE,
): ProposedConsortium[] {
  const remaining = candidates
    .filter((c) => isEligible(call, c.country))
    .sort((a, b) => new Set(b.topics).size - new Set(a.topics).size || a.id - b.id);
  const proposals: ProposedConsortium[] = [];
  while (remaining.length > 0) {
    const seed = remaining.shift()!;
    const members = [seed];
    const covered = new Set(seed.topics);
    const countries = new Set([seed.country]);
    let score = CONSORTIUM_WEIGHTS.NEW_TOPIC * covered.size;
    while (members.length < maxSize) {
      let best: { index: number; gain: number } | null = null;
      for (const [index, candidate] of remaining.entries()) {
        const newTopics = new Set(candidate.topics.filter((t) => !covered.has(t))).size;
        const neededCountry = !countries.has(candidate.country) && countries.size < call.minCountries;
        if (newTopics === 0 && !neededCountry) continue;
        const fit = Math.max(...members.map((m) => complementarity(m.id, candidate.id)));
        const gain = CONSORTIUM_WEIGHTS.NEW_TOPIC * newTopics + (neededCountry ? CONSORTIUM_WEIGHTS.NEEDED_COUNTRY : 0) + fit;
        // remaining is sorted by id within equal topic counts only, so ties compare ids explicitly.
        if (!best || gain > best.gain || (gain === best.gain && candidate.id < remaining[best.index]!.id)) best = { index, gain };
      }
      if (!best) break;
      const { index, gain } = best;
      const [chosen] = remaining.splice(index, 1);
      members.push(chosen!);
      chosen!.topics.forEach((t) => covered.add(t));
      countries.add(chosen!.country);
      score += gain;
    }
    proposals.push({
      memberIds: members.map((m) => m.id),
      covered: call.topicIds.filter((t) => covered.has(t)),
      missing: call.topicIds.filter((t) => !covered.has(t)),
      countries: [...countries].sort(),
      meetsCountryRule: countries.size >= call.minCountries,
      score,
    });
  }
  return proposals.sort((a, b) => b.score - a.score || a.memberIds[0]! - b.memberIds[0]!);
}
