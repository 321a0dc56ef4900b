/**
 * Shapes of the demo data. These are plain objects with no database concerns: the seed loader
 * turns them into entities. Every cross-reference is by slug (organisations, communities,
 * clusters) or by taxonomy code (`tech.*`, `app.*`, `stage.*`), never by database id.
 */

export const ORGANIZATION_KINDS = [
  'CLUSTER',
  'SME',
  'LARGE_COMPANY',
  'RESEARCH_ORGANIZATION',
  'UNIVERSITY',
  'INVESTOR',
  'PUBLIC_BODY',
  'SYSTEM_INTEGRATOR',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Employees: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250+. */
export const SIZE_BANDS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const NEED_KINDS = ['PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const AGREEMENT_KINDS = ['MOU', 'PARTNERSHIP_AGREEMENT'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const EVENT_KINDS = ['WORKSHOP', 'TRADE_MISSION', 'CLUSTER_EXCHANGE', 'TRADE_FAIR', 'MATCHMAKING'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_ROLES = ['ORGANIZER', 'PARTICIPANT', 'HOST'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const LINK_KINDS = ['COMMUNITY', 'CLUSTER'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** What an organisation offers: a technology at a value-chain stage for some applications. */
export interface SeedCapability {
  /** TECHNOLOGY term code. */
  technology: string;
  /** STAGE term code. */
  stage: string;
  /** APPLICATION term codes, at least one. */
  applications: string[];
  /** Technology readiness level, 1..9. */
  trl: number;
  evidence: string | null;
}

/** What an organisation looks for. */
export interface SeedNeed {
  kind: NeedKind;
  /** TECHNOLOGY term code, for PARTNER and SKILLS needs. */
  technology: string | null;
  /** STAGE term code, for PARTNER needs. */
  stage: string | null;
  /** ISO 3166-1 alpha-2, for MARKET_ACCESS needs. */
  country: string | null;
  description: string;
}

export interface SeedClusterMembership {
  /** Slug of an organisation of kind CLUSTER. */
  slug: string;
  /** YYYY-MM-DD */
  since: string;
}

export interface SeedExportInterest {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** APPLICATION term code, or null for any application. */
  application: string | null;
}

export interface SeedOrganization {
  /** Stable, URL-safe, unique across real and generated data. */
  slug: string;
  name: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** NUTS 2 code (2021 classification), e.g. 'DE11'; null outside the EU. */
  region: string | null;
  city: string;
  latitude: number;
  longitude: number;
  website: string | null;
  sizeBand: SizeBand | null;
  foundedYear: number | null;
  description: string;
  verified: boolean;
  externalIds: Record<string, string>;
  clusters: SeedClusterMembership[];
  capabilities: SeedCapability[];
  needs: SeedNeed[];
  exportInterests: SeedExportInterest[];
}

export interface SeedAgreement {
  slug: string;
  kind: AgreementKind;
  title: string;
  /** YYYY-MM-DD */
  signedOn: string;
  place: string | null;
  scope: string;
  /** YYYY-MM-DD, or null when open-ended. */
  validUntil: string | null;
  /** Organisation slugs. */
  signatories: string[];
}

export interface SeedEventParticipant {
  /** Organisation slug. */
  organization: string;
  role: EventRole;
}

export interface SeedEvent {
  slug: string;
  kind: EventKind;
  title: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Organisation slug. */
  organizer: string;
  participants: SeedEventParticipant[];
  /** ISO 3166-1 alpha-2 codes of the markets the event targets (empty for intra-EU events). */
  targetCountries: string[];
  outcomes: string;
}

export interface SeedCommunity {
  slug: string;
  name: string;
  description: string;
  /** Term codes of any facet. */
  terms: string[];
  /** Organisation slugs. */
  members: string[];
}

export interface SeedLink {
  kind: LinkKind;
  /** Community slug (COMMUNITY) or cluster organisation slug (CLUSTER): the requesting side. */
  from: string;
  /** Community slug (COMMUNITY) or cluster organisation slug (CLUSTER): the side that answers. */
  to: string;
  status: LinkStatus;
  message: string;
}

export interface SeedValueChainStage {
  /** STAGE term code. */
  stage: string;
  /** What this stage means in this chain. */
  label: string;
}

export interface SeedValueChain {
  slug: string;
  name: string;
  description: string;
  /** APPLICATION term code. */
  application: string;
  /** TECHNOLOGY term code, or null when the chain is not tied to one technology. */
  technology: string | null;
  /** In value-chain order. */
  stages: SeedValueChainStage[];
}

export interface SeedTargetMarket {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** APPLICATION term code. */
  application: string;
  /** 0..100 */
  potential: number;
  rationale: string;
  sources: string[];
}

export interface SeedKpiDefinition {
  code: string;
  name: string;
  unit: string;
  description: string;
  /** True: computed from platform data, never typed in. */
  computed: boolean;
}

export interface SeedKpiRecord {
  /** Cluster organisation slug. */
  cluster: string;
  /** KPI definition code. */
  kpi: string;
  /** 'YYYY' or 'YYYY-Qn'. */
  period: string;
  target: number | null;
  value: number | null;
}

export interface SeedDataset {
  organizations: SeedOrganization[];
  agreements: SeedAgreement[];
  events: SeedEvent[];
  communities: SeedCommunity[];
  links: SeedLink[];
  valueChains: SeedValueChain[];
  targetMarkets: SeedTargetMarket[];
  kpiDefinitions: SeedKpiDefinition[];
  kpiRecords: SeedKpiRecord[];
}
