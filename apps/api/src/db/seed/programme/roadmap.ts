export interface SeedRoadmapAction {
  slug: string;
  title: string;
  description: string;
  owner: string;
  partners: string[];
  startsOn: string;
  endsOn: string;
  budgetEur: number | null;
  targetCountries: string[];
  kpis: { kpi: string; contribution: number }[];
  agreements: string[];
  /** Progress reports, oldest first; the last one sets the action's progress (100 = DONE on that day). */
  reports: { on: string; progress: number; note: string }[];
  cancelled?: boolean;
  /** A record of the source projects' past: its dates stay as written whatever the load date. */
  recorded?: true;
}

const PIMAP = ['alpha-rlh', 'triple-steelix', 'produtech', 'business-joensuu'];

/**
 * The roadmap of joint actions: the PIMAP partnership's internationalisation plan (its final report
 * set "a set of actions to be implemented in the next three years with an indicative timeline")
 * and Photonics4Industry's partnership work. An illustrative plan built on those documents: dates,
 * budgets and progress are demo figures, not published results. The PIMAP actions of 2020–2023 are
 * recorded; the rest is the current plan, dated as of DEMO_CALENDAR_WRITTEN_FOR and moved to the load date.
 */
export const roadmapActions: SeedRoadmapAction[] = [
  {
    slug: 'pimap-follow-up-mission-photonics-west-2020',
    title: 'Follow-up business mission to Photonics West with Optics Valley',
    description: 'Second PIMAP mission to San Francisco, building on the 2019 MoU with the Arizona Optics Valley cluster.',
    owner: 'alpha-rlh',
    partners: ['triple-steelix', 'produtech', 'business-joensuu', 'arizona-optics-valley'],
    startsOn: '2020-01-30',
    endsOn: '2020-02-06',
    budgetEur: 60_000,
    targetCountries: ['US'],
    kpis: [
      { kpi: 'missions-held', contribution: 1 },
      { kpi: 'b2b-meetings', contribution: 40 },
    ],
    agreements: ['pimap-mou-arizona-optics-valley-2019'],
    reports: [
      { on: '2019-11-15', progress: 40, note: 'Twelve SMEs registered; B2B agenda opened with Optics Valley.' },
      { on: '2020-02-06', progress: 100, note: 'Mission held: 38 B2B meetings, two follow-up visits planned.' },
    ],
    recorded: true,
  },
  {
    slug: 'pimap-soft-landing-quebec',
    title: 'Soft-landing package for PIMAP SMEs in Québec',
    description: 'Desk space, introductions and market tests in Québec City with Optonique, under the 2019 MoU.',
    owner: 'produtech',
    partners: ['alpha-rlh', 'optonique'],
    startsOn: '2020-03-01',
    endsOn: '2021-06-30',
    budgetEur: 45_000,
    targetCountries: ['CA'],
    kpis: [{ kpi: 'members-internationalised', contribution: 4 }],
    agreements: ['pimap-mou-optonique-2019'],
    reports: [{ on: '2020-03-10', progress: 10, note: 'Travel stopped by the pandemic; package put on hold.' }],
    cancelled: true,
    recorded: true,
  },
  {
    slug: 'pimap-plus-japan-exploration',
    title: 'PIMAP+ exploration of the Japanese market',
    description: 'Market study and exploratory visit to OPIE in Yokohama, as the PIMAP+ partnership added Japan to its target countries.',
    owner: 'alpha-rlh',
    partners: ['business-joensuu', 'produtech'],
    startsOn: '2022-09-01',
    endsOn: '2023-04-30',
    budgetEur: 35_000,
    targetCountries: ['JP'],
    kpis: [{ kpi: 'b2b-meetings', contribution: 20 }],
    agreements: [],
    reports: [
      { on: '2022-12-15', progress: 50, note: 'Market study delivered; OPIE selected for the visit.' },
      { on: '2023-04-28', progress: 100, note: 'Visit done: 17 meetings with Japanese integrators.' },
    ],
    recorded: true,
  },
  {
    slug: 'p4i-joint-cluster-academy-2026',
    title: 'Photonics4Industry joint cluster academy',
    description: 'Shared training for cluster managers and joint project development across the five Photonics4Industry clusters.',
    owner: 'photonics-bw',
    partners: ['photonics-austria', 'photonics-finland', 'toolas', 'photonics-bretagne'],
    startsOn: '2026-01-15',
    endsOn: '2026-12-15',
    budgetEur: 80_000,
    targetCountries: [],
    kpis: [{ kpi: 'joint-projects', contribution: 4 }],
    agreements: [],
    reports: [
      { on: '2026-04-30', progress: 30, note: 'Two academy sessions held (Stuttgart, Vienna).' },
      { on: '2026-10-31', progress: 60, note: 'Four sessions held; three joint project ideas in preparation.' },
    ],
  },
  {
    slug: 'north-america-mission-2027',
    title: 'Photonics for Industry 4.0: North America mission 2027',
    description: 'Mission to Photonics North in Montréal with a back-to-back stop in Rochester, with Optonique and New York Photonics.',
    owner: 'alpha-rlh',
    partners: [...PIMAP.filter((p) => p !== 'alpha-rlh'), 'optonique', 'new-york-photonics'],
    startsOn: '2027-03-01',
    endsOn: '2027-06-30',
    budgetEur: 120_000,
    targetCountries: ['CA', 'US'],
    kpis: [
      { kpi: 'missions-held', contribution: 1 },
      { kpi: 'b2b-meetings', contribution: 50 },
      { kpi: 'members-internationalised', contribution: 5 },
    ],
    agreements: ['pimap-mou-optonique-2019', 'pimap-partnership-agreement'],
    reports: [],
  },
  {
    slug: 'euroclusters-proposal-2027',
    title: 'Joint Euroclusters proposal on photonics for resilient manufacturing',
    description: 'A Single Market Programme proposal of three clusters from three countries, with support to third parties for SMEs.',
    owner: 'photonics-bretagne',
    partners: ['photonics-finland', 'toolas'],
    startsOn: '2027-01-04',
    endsOn: '2027-05-27',
    budgetEur: 15_000,
    targetCountries: [],
    kpis: [{ kpi: 'joint-projects', contribution: 1 }],
    agreements: [],
    reports: [],
  },
];
