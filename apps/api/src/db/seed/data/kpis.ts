import type { SeedKpiDefinition, SeedKpiRecord } from './types';

/**
 * KPI definitions. Computed KPIs are derived from platform data (never typed in): their records
 * carry targets only. Typed KPIs are reported by cluster managers.
 */
export const kpiDefinitions: SeedKpiDefinition[] = [
  {
    code: 'smes-engaged',
    name: 'SMEs engaged',
    unit: 'organisations',
    description: 'Member SMEs that published a capability or a need, or took part in an event, in the period.',
    computed: true,
  },
  {
    code: 'capabilities-published',
    name: 'Capabilities published',
    unit: 'capabilities',
    description: 'Capabilities published by member organisations in the period.',
    computed: true,
  },
  {
    code: 'needs-published',
    name: 'Needs published',
    unit: 'needs',
    description: 'Needs (partners, market access, funding, skills) published by member organisations in the period.',
    computed: true,
  },
  {
    code: 'links-made',
    name: 'Links made',
    unit: 'links',
    description: 'Community and cluster links accepted in the period where the cluster or one of its communities is a side.',
    computed: true,
  },
  {
    code: 'matches',
    name: 'Matches',
    unit: 'matches',
    description: 'Matches between member needs and capabilities of other organisations that members acted on in the period.',
    computed: true,
  },
  {
    code: 'agreements-signed',
    name: 'Agreements signed',
    unit: 'agreements',
    description: 'Memoranda of understanding and partnership agreements signed by the cluster in the period.',
    computed: true,
  },
  {
    code: 'missions-held',
    name: 'Missions held',
    unit: 'events',
    description: 'Trade missions, matchmaking events and ClusterXchange visits the cluster organised or joined in the period.',
    computed: true,
  },
  {
    code: 'export-readiness',
    name: 'Average export readiness',
    unit: 'score (0-100)',
    description:
      "Mean overall score of the active members' latest export-readiness self-assessments submitted by the end of the period; withheld while fewer than three members have one.",
    computed: true,
  },
  {
    code: 'roadmap-actions-completed',
    name: 'Roadmap actions completed',
    unit: 'actions',
    description: 'Joint actions of the roadmap that the cluster owns or partners in, reported done in the period.',
    computed: true,
  },
  {
    code: 'members-internationalised',
    name: 'Members internationalised',
    unit: 'organisations',
    description: 'Member SMEs that started selling in, or signed a partnership with an organisation from, a new country outside Europe.',
    computed: false,
  },
  {
    code: 'b2b-meetings',
    name: 'B2B meetings',
    unit: 'meetings',
    description: 'Business-to-business meetings arranged for members at missions, fairs and matchmaking events.',
    computed: false,
  },
  {
    code: 'joint-projects',
    name: 'Joint projects',
    unit: 'projects',
    description: 'Collaborative R&D or business projects started between members of different clusters.',
    computed: false,
  },
  {
    code: 'export-turnover-growth',
    name: 'Export turnover growth',
    unit: '%',
    description: 'Year-on-year growth of the export turnover reported by member SMEs (median of respondents).',
    computed: false,
  },
];

type Row = readonly [period: string, target: number | null, value: number | null];

/** Records of one cluster for one KPI, one per period. */
function series(cluster: string, kpi: string, rows: readonly Row[]): SeedKpiRecord[] {
  return rows.map(([period, target, value]) => ({ cluster, kpi, period, target, value }));
}

/** Targets for a computed KPI; values are computed by the platform, so none is stored. */
function targets(cluster: string, kpi: string, byYear: Readonly<Record<string, number>>): SeedKpiRecord[] {
  return Object.entries(byYear).map(([period, target]) => ({ cluster, kpi, period, target, value: null }));
}

/**
 * Illustrative records for the PIMAP and Photonics4Industry clusters (demo figures, not
 * published results).
 */
export const kpiRecords: SeedKpiRecord[] = [
  // PIMAP Partnership, 2018-2019
  ...series('alpha-rlh', 'members-internationalised', [
    ['2018', 8, 6],
    ['2019', 10, 11],
  ]),
  ...series('alpha-rlh', 'b2b-meetings', [
    ['2018', 40, 35],
    ['2019', 60, 72],
  ]),
  ...series('alpha-rlh', 'export-turnover-growth', [
    ['2018', 5, 6.5],
    ['2019', 5, 4.2],
  ]),
  ...targets('alpha-rlh', 'missions-held', { '2019': 3 }),
  ...targets('alpha-rlh', 'agreements-signed', { '2019': 2 }),
  ...series('triple-steelix', 'members-internationalised', [
    ['2018', 4, 3],
    ['2019', 5, 5],
  ]),
  ...series('triple-steelix', 'b2b-meetings', [
    ['2018', 20, 18],
    ['2019', 30, 26],
  ]),
  ...series('triple-steelix', 'joint-projects', [
    ['2018', 2, 1],
    ['2019', 2, 3],
  ]),
  ...targets('triple-steelix', 'smes-engaged', { '2019': 25 }),
  ...series('produtech', 'members-internationalised', [
    ['2018', 6, 7],
    ['2019', 8, 9],
  ]),
  ...series('produtech', 'b2b-meetings', [
    ['2018', 30, 33],
    ['2019', 45, 51],
  ]),
  ...series('produtech', 'export-turnover-growth', [
    ['2018', 4, 5.1],
    ['2019', 4, 3.8],
  ]),
  ...targets('produtech', 'missions-held', { '2019': 2 }),
  ...series('business-joensuu', 'members-internationalised', [
    ['2018', 3, 2],
    ['2019', 4, 4],
  ]),
  ...series('business-joensuu', 'joint-projects', [
    ['2018', 1, 1],
    ['2019', 2, 2],
  ]),
  ...targets('business-joensuu', 'smes-engaged', { '2019': 15 }),
  // Photonics4Industry, 2022-2024 (the project ran February 2022 - January 2024)
  ...series('photonics-austria', 'b2b-meetings', [
    ['2022', 20, 14],
    ['2023', 40, 46],
    ['2024', 40, null],
  ]),
  ...series('photonics-austria', 'joint-projects', [
    ['2022', 1, 0],
    ['2023', 2, 2],
    ['2024', 2, 1],
  ]),
  ...targets('photonics-austria', 'missions-held', { '2023': 2, '2024': 2 }),
  ...series('photonics-finland', 'b2b-meetings', [
    ['2022', 25, 31],
    ['2023', 40, 38],
    ['2024', 45, 44],
  ]),
  ...series('photonics-finland', 'members-internationalised', [
    ['2022', 5, 4],
    ['2023', 6, 7],
    ['2024', 6, 6],
  ]),
  ...targets('photonics-finland', 'links-made', { '2023': 3, '2024': 5 }),
  ...series('toolas', 'export-turnover-growth', [
    ['2022', 8, 11.4],
    ['2023', 8, 7.9],
    ['2024', 8, 9.3],
  ]),
  ...series('toolas', 'b2b-meetings', [
    ['2022', 15, 12],
    ['2023', 30, 34],
    ['2024', 30, 29],
  ]),
  ...targets('toolas', 'capabilities-published', { '2024': 40 }),
  ...series('photonics-bw', 'b2b-meetings', [
    ['2024-Q1', 10, 8],
    ['2024-Q2', 25, 31],
    ['2024-Q3', 10, 9],
    ['2024-Q4', 15, 17],
  ]),
  ...series('photonics-bw', 'joint-projects', [
    ['2022', 3, 2],
    ['2023', 3, 4],
    ['2024', 4, 4],
  ]),
  ...targets('photonics-bw', 'needs-published', { '2024': 30 }),
  ...series('photonics-bretagne', 'members-internationalised', [
    ['2022', 4, 3],
    ['2023', 5, 6],
    ['2024', 6, 5],
  ]),
  ...series('photonics-bretagne', 'joint-projects', [
    ['2022', 2, 2],
    ['2023', 2, 3],
    ['2024', 3, null],
  ]),
  ...targets('photonics-bretagne', 'matches', { '2024': 20 }),
];
