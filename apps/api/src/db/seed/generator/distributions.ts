import type { OrganizationKind, SizeBand } from '../data/types';
import { cumulative, type CumulativeWeights } from './prng';

/**
 * The distributions of the synthetic population. Weights are relative; `cumulative` turns them
 * into the tables `Rng.weighted` draws from.
 */

/** Seed used when the caller gives none. */
export const DEFAULT_SEED = 1;

export const FIRST_FOUNDED_YEAR = 1975;
export const LAST_FOUNDED_YEAR = 2024;

export const KINDS: readonly OrganizationKind[] = [
  'SME',
  'RESEARCH_ORGANIZATION',
  'UNIVERSITY',
  'LARGE_COMPANY',
  'SYSTEM_INTEGRATOR',
  'INVESTOR',
];
export const KIND_WEIGHTS = cumulative([80, 7, 5, 4, 3, 1]);

export const SIZE_TABLE: Record<OrganizationKind, readonly [SizeBand, number][]> = {
  SME: [
    ['MICRO', 42],
    ['SMALL', 40],
    ['MEDIUM', 18],
  ],
  RESEARCH_ORGANIZATION: [
    ['SMALL', 25],
    ['MEDIUM', 50],
    ['LARGE', 25],
  ],
  UNIVERSITY: [
    ['MEDIUM', 20],
    ['LARGE', 80],
  ],
  LARGE_COMPANY: [['LARGE', 1]],
  SYSTEM_INTEGRATOR: [
    ['SMALL', 45],
    ['MEDIUM', 40],
    ['LARGE', 15],
  ],
  INVESTOR: [
    ['MICRO', 70],
    ['SMALL', 30],
  ],
  CLUSTER: [
    ['MICRO', 60],
    ['SMALL', 40],
  ],
  PUBLIC_BODY: [
    ['SMALL', 50],
    ['MEDIUM', 50],
  ],
};

export const SIZE_WEIGHTS = Object.fromEntries(
  Object.entries(SIZE_TABLE).map(([kind, rows]) => [
    kind,
    { bands: rows.map(([band]) => band), weights: cumulative(rows.map(([, weight]) => weight)) },
  ]),
) as Record<OrganizationKind, { bands: SizeBand[]; weights: CumulativeWeights }>;

/** TRL 1..9; companies cluster at 5-8, research at 3-6. */
export const TRL_INDUSTRY = cumulative([1, 2, 4, 12, 17, 20, 19, 15, 6]);
export const TRL_RESEARCH = cumulative([2, 6, 14, 20, 20, 17, 11, 7, 3]);
/** Stage weights by value-chain position (materials, components, modules, systems, integration, end use). */
export const STAGE_INDUSTRY = [8, 28, 26, 22, 14, 2];
export const STAGE_RESEARCH = [26, 34, 22, 12, 5, 1];
export const CAPABILITY_COUNT = cumulative([45, 33, 15, 7]); // 1..4
export const NEED_COUNT = cumulative([40, 40, 20]); // 0..2
export const EXPORT_COUNT = cumulative([45, 35, 20]); // 0..2
export const MEMBERSHIP_COUNT = cumulative([35, 50, 15]); // 0..2
export const NEED_KINDS = ['PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS'] as const;
export const NEED_KIND_WEIGHTS = cumulative([45, 25, 18, 12]);
export const VERIFIED_SHARE = 0.3;
/** Most European photonics cluster organisations were set up from the mid-2000s on. */
export const FIRST_MEMBERSHIP_YEAR = 2006;

export const INDUSTRY_EVIDENCE = [
  'Product datasheet and customer references available on request',
  'Series production with ISO 9001 certified quality management',
  'Pilot deployment with an industrial customer',
  'Prototype demonstrated at LASER World of PHOTONICS',
  'Qualified supplier to a tier-1 manufacturer',
] as const;
export const RESEARCH_EVIDENCE = [
  'Peer-reviewed publications and a demonstrator from a funded project',
  'Pilot line open to industrial users',
  'Patent family with licensing available',
  'Laboratory prototype validated in a collaborative project',
] as const;
export const FUNDING_NEEDS = [
  'Seeking seed or Series A investment to scale production',
  'Looking for consortium partners for a Horizon Europe proposal',
  'Seeking co-funding for a pilot line investment',
  'Looking for a regional innovation voucher to fund a feasibility study',
] as const;

export const KIND_PHRASE: Record<OrganizationKind, string> = {
  SME: 'company',
  LARGE_COMPANY: 'manufacturer',
  RESEARCH_ORGANIZATION: 'applied research institute',
  UNIVERSITY: 'university research group',
  INVESTOR: 'investor',
  SYSTEM_INTEGRATOR: 'system integrator',
  CLUSTER: 'cluster',
  PUBLIC_BODY: 'public body',
};
export const SIZE_PHRASE: Record<SizeBand, string> = { MICRO: 'small', SMALL: 'small', MEDIUM: 'mid-sized', LARGE: 'large' };

/** Weight of an application area that fits the technology, against 1 for any other. */
export const AFFINITY_WEIGHT = 10;

/**
 * Application areas (top-level codes without prefix) where each top-level technology is mostly
 * used. Technologies or applications not listed here are drawn uniformly.
 */
export const APPLICATION_AFFINITY: Readonly<Record<string, readonly string[]>> = {
  'light-sources-lasers': ['advanced-manufacturing', 'health-life-science', 'security-defence', 'automotive-mobility'],
  'optical-components': ['advanced-manufacturing', 'health-life-science', 'aerospace', 'entertainment-media'],
  'optical-fibres': ['telecom-datacom', 'advanced-manufacturing', 'energy-lighting', 'construction-infrastructure'],
  'photonic-integrated-circuits': ['telecom-datacom', 'health-life-science', 'automotive-mobility'],
  detectors: ['security-defence', 'health-life-science', 'automotive-mobility', 'aerospace'],
  'sensors-imaging': ['advanced-manufacturing', 'agri-food', 'environment', 'automotive-mobility', 'security-defence'],
  metrology: ['advanced-manufacturing', 'aerospace', 'automotive-mobility'],
  'optical-communication': ['telecom-datacom', 'aerospace'],
  'microwave-photonics': ['aerospace', 'security-defence', 'telecom-datacom'],
  'quantum-photonics': ['telecom-datacom', 'security-defence', 'health-life-science'],
  'laser-processing': ['advanced-manufacturing', 'automotive-mobility', 'aerospace', 'health-life-science'],
  lighting: ['energy-lighting', 'agri-food', 'automotive-mobility', 'entertainment-media'],
  displays: ['entertainment-media', 'automotive-mobility'],
  photovoltaics: ['energy-lighting', 'construction-infrastructure'],
  'organic-printed-electronics': ['energy-lighting', 'entertainment-media', 'health-life-science'],
  biophotonics: ['health-life-science', 'agri-food'],
};
