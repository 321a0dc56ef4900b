/**
 * How well a funding call fits an organization: pure functions of the call's topics and the
 * organization's profile (the one matchmaking uses), so the ranking is deterministic and tested on
 * hand-made cases. docs/funding.md documents every weight.
 */
import type { Profile } from '../matchmaking/match-scoring';

export type FundingFitReasonKind = 'TECHNOLOGY_TOPIC' | 'APPLICATION_TOPIC' | 'STAGE_TOPIC' | 'NEEDED_TECHNOLOGY' | 'FUNDING_NEED';

export const FIT_WEIGHTS = {
  /** Per call technology topic the organization offers (the topic or a descendant), for at most MAX_COUNTED topics. */
  TECHNOLOGY_TOPIC: 30,
  /** Per call application topic its capabilities serve, for at most MAX_COUNTED topics. */
  APPLICATION_TOPIC: 20,
  /** Once, when it works at a value-chain stage the call names. */
  STAGE_TOPIC: 10,
  /** Once, when the call funds a technology the organization looks for in an open partner or skills need. */
  NEEDED_TECHNOLOGY: 15,
  /** Once, when the organization has an open funding need (only added to a call that fits otherwise). */
  FUNDING_NEED: 10,
} as const satisfies Record<FundingFitReasonKind, number>;

export const MAX_COUNTED = 3;

/** A call as the scoring sees it: each topic with the ids it covers (the term and its descendants). */
export interface CallTopics {
  id: number;
  eligibleCountries: string[];
  technologies: TopicCover[];
  applications: TopicCover[];
  stages: TopicCover[];
}

export interface TopicCover {
  termId: number;
  covers: ReadonlySet<number>;
}

export interface FitReason {
  kind: FundingFitReasonKind;
  points: number;
  explanation: string;
  termIds: number[];
}

export interface CallFit {
  callId: number;
  score: number;
  reasons: FitReason[];
}

export const isEligible = (call: { eligibleCountries: string[] }, country: string): boolean =>
  call.eligibleCountries.length === 0 || call.eligibleCountries.includes(country);

/** The call topics (of one facet) that cover any of the given term ids, in topic order. */
export function coveredTopics(topics: TopicCover[], ids: Iterable<number>): number[] {
  const wanted = [...ids];
  return topics.filter((t) => wanted.some((id) => t.covers.has(id))).map((t) => t.termId);
}

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Scores one call for one organization. Null when the organization's country is not eligible or
 * nothing it offers or looks for meets a topic of the call.
 */
export function scoreCall(call: CallTopics, profile: Profile, label: (termId: number) => string): CallFit | null {
  if (!isEligible(call, profile.country)) return null;
  const reasons: FitReason[] = [];
  const perTopic = (kind: 'TECHNOLOGY_TOPIC' | 'APPLICATION_TOPIC', topics: number[], phrase: string) => {
    if (topics.length === 0) return;
    const counted = topics.slice(0, MAX_COUNTED);
    reasons.push({
      kind,
      points: FIT_WEIGHTS[kind] * counted.length,
      explanation: `${phrase} ${listOf(counted.map(label))}`,
      termIds: counted,
    });
  };
  perTopic(
    'TECHNOLOGY_TOPIC',
    coveredTopics(
      call.technologies,
      profile.capabilities.map((c) => c.technologyId),
    ),
    'You offer',
  );
  perTopic(
    'APPLICATION_TOPIC',
    coveredTopics(
      call.applications,
      profile.capabilities.flatMap((c) => c.applicationIds),
    ),
    'Your capabilities serve',
  );
  const stages = coveredTopics(
    call.stages,
    profile.capabilities.map((c) => c.stageId),
  );
  if (stages.length > 0) {
    reasons.push({
      kind: 'STAGE_TOPIC',
      points: FIT_WEIGHTS.STAGE_TOPIC,
      explanation: `You work at the ${listOf(stages.map(label))} stage the call names`,
      termIds: stages,
    });
  }
  const sought = profile.needs.filter((n) => n.kind === 'PARTNER' || n.kind === 'SKILLS').flatMap((n) => n.technologyIds.slice(0, 1));
  const funded = coveredTopics(call.technologies, sought);
  if (funded.length > 0) {
    reasons.push({
      kind: 'NEEDED_TECHNOLOGY',
      points: FIT_WEIGHTS.NEEDED_TECHNOLOGY,
      explanation: `The call funds work on ${listOf(funded.map(label))}, which you look for`,
      termIds: funded,
    });
  }
  if (reasons.length === 0) return null;
  if (profile.needs.some((n) => n.kind === 'FUNDING')) {
    reasons.push({ kind: 'FUNDING_NEED', points: FIT_WEIGHTS.FUNDING_NEED, explanation: 'You look for funding', termIds: [] });
  }
  return { callId: call.id, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** Best first; ties by the earlier deadline, then by id. */
export function rankCalls<T extends { id: number; deadline: string }>(
  calls: T[],
  profile: Profile,
  topicsOf: (call: T) => CallTopics,
  label: (termId: number) => string,
): { call: T; fit: CallFit }[] {
  return calls
    .flatMap((call) => {
      const fit = scoreCall(topicsOf(call), profile, label);
      return fit ? [{ call, fit }] : [];
    })
    .sort((a, b) => b.fit.score - a.fit.score || a.call.deadline.localeCompare(b.call.deadline) || a.call.id - b.call.id);
}

/** Every topic of the call (any facet) that something the organization offers meets. */
export function topicsMet(call: CallTopics, profile: Profile): number[] {
  return [
    ...coveredTopics(
      call.technologies,
      profile.capabilities.map((c) => c.technologyId),
    ),
    ...coveredTopics(
      call.applications,
      profile.capabilities.flatMap((c) => c.applicationIds),
    ),
    ...coveredTopics(
      call.stages,
      profile.capabilities.map((c) => c.stageId),
    ),
  ];
}
