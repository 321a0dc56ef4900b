import { A, S, T } from '../data/codes';
import { EU27, EUROSTARS_PARTNERS, HORIZON_ASSOCIATED, SMP_PARTICIPATING } from './countries';

export interface SeedFundingCall {
  slug: string;
  programme: string;
  identifier: string;
  title: string;
  summary: string;
  opensOn: string | null;
  deadline: string;
  url: string;
  budgetEur: number | null;
  eligibleCountries: readonly string[];
  minCountries: number;
  /** Term codes of any facet. */
  topics: string[];
  /** Real organisations (slugs) interested in the call; members of the synthetic population are added by rule. */
  interested: { organization: string; note: string }[];
}

const HORIZON = [...EU27, ...HORIZON_ASSOCIATED];
const FTP = 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/calls-for-proposals';
const DEMO = ' Demo data modelled on the programme’s calls: check the official call text before applying.';

/**
 * Funding calls of the kinds the source projects relied on: Horizon Europe (LightJumps was FP7),
 * the Single Market Programme that continues COSME (Photonics4Industry, PIMAP's ESCP-4i), the
 * Interregional Innovation Investments (I3), Eurostars and the EIC. Identifiers follow each
 * programme's scheme; the calls themselves are illustrative, and say so. Dates and the years in
 * names are as of DEMO_CALENDAR_WRITTEN_FOR; the loader moves them to the load date.
 */
export const fundingCalls: SeedFundingCall[] = [
  {
    slug: 'he-cl4-photonics-made-in-europe-2027',
    programme: 'Horizon Europe',
    identifier: 'HORIZON-CL4-2027-TWIN-TRANSITION-01-14',
    title: 'Laser-based flexible manufacturing and in-line quality inspection (Made in Europe Partnership)',
    summary:
      'Research and innovation actions bringing laser processing and optical in-line metrology into flexible production lines for metalworking and advanced manufacturing, from TRL 4 to 6.' +
      DEMO,
    opensOn: '2027-01-12',
    deadline: '2027-04-22',
    url: FTP,
    budgetEur: 24_000_000,
    eligibleCountries: HORIZON,
    minCountries: 3,
    topics: [T.laserProcessing, T.metrology, A.manufacturing, A.metalworking, S.systems],
    interested: [{ organization: 'polimi', note: 'Laser processing and monitoring labs; could coordinate the pilot line work package.' }],
  },
  {
    slug: 'he-cl4-pic-datacom-2027',
    programme: 'Horizon Europe',
    identifier: 'HORIZON-CL4-2027-DIGITAL-EMERGING-01-31',
    title: 'Photonic integrated circuits for energy-efficient data-centre interconnects (Photonics21 Partnership)',
    summary:
      'Indium phosphide and silicon photonic integrated circuits, their packaging and co-design with transceiver modules for data-centre and telecom networks.' +
      DEMO,
    opensOn: '2027-01-12',
    deadline: '2027-03-18',
    url: FTP,
    budgetEur: 18_000_000,
    eligibleCountries: HORIZON,
    minCountries: 3,
    topics: [T.pics, T.indiumPhosphide, T.picPackaging, A.telecom, A.dataCentres, S.components],
    interested: [{ organization: 'tue-cobra', note: 'InP generic integration platform and multi-project wafer runs.' }],
  },
  {
    slug: 'he-cl1-optical-diagnostics-2027',
    programme: 'Horizon Europe',
    identifier: 'HORIZON-HLTH-2027-TOOL-02-05',
    title: 'Optical and spectroscopic point-of-care diagnostics',
    summary: 'New optical spectroscopy and imaging tools for diagnosis at the point of care, validated with clinical partners.' + DEMO,
    opensOn: '2026-11-05',
    deadline: '2027-02-16',
    url: FTP,
    budgetEur: 15_000_000,
    eligibleCountries: HORIZON,
    minCountries: 3,
    topics: [T.opticalSpectroscopy, T.imageSensors, A.health],
    interested: [{ organization: 'cnr', note: 'Spectroscopy and photonic sensing institutes; clinical network in Italy.' }],
  },
  {
    slug: 'smp-euroclusters-2027',
    programme: 'Single Market Programme (COSME)',
    identifier: 'SMP-COSME-2027-CLUSTER-01',
    title: 'Joint Cluster Initiatives (Euroclusters) for resilient industrial ecosystems',
    summary:
      'Consortia of cluster organisations from at least three countries offering their SMEs joint services: value-chain mapping, skills, internationalisation and uptake of advanced technologies. Financial support to third parties for SMEs.' +
      DEMO,
    opensOn: '2027-02-01',
    deadline: '2027-05-27',
    url: FTP,
    budgetEur: 40_000_000,
    eligibleCountries: [...EU27, ...SMP_PARTICIPATING],
    minCountries: 3,
    topics: [A.manufacturing, A.industry40, S.integration],
    interested: [],
  },
  {
    slug: 'smp-cluster-internationalisation-2027',
    programme: 'Single Market Programme (COSME)',
    identifier: 'SMP-COSME-2027-CLUSTERINT-01',
    title: 'Cluster Internationalisation Programme for SMEs: European Strategic Cluster Partnerships going international',
    summary:
      'Follows ESCP-4i actions such as PIMAP: partnerships of clusters that design a joint internationalisation strategy and take their SMEs to third-country markets (missions, matchmaking, soft landing).' +
      DEMO,
    opensOn: '2027-02-01',
    deadline: '2027-06-10',
    url: FTP,
    budgetEur: 6_500_000,
    eligibleCountries: [...EU27, ...SMP_PARTICIPATING],
    minCountries: 3,
    topics: [A.manufacturing, A.aerospace, T.microwavePhotonics, T.laserProcessing],
    interested: [],
  },
  {
    slug: 'i3-strand1-printed-electronics-2027',
    programme: 'Interregional Innovation Investments (I3)',
    identifier: 'I3-2027-INV1',
    title: 'Interregional investments in organic and printed electronics value chains',
    summary:
      'Commercialisation and scale-up of interregional innovation projects in smart-specialisation areas; here organic, printed and flexible electronics for lighting and energy.' +
      DEMO,
    opensOn: '2027-01-20',
    deadline: '2027-05-04',
    url: 'https://eismea.ec.europa.eu/programmes/interregional-innovation-investments-i3-instrument_en',
    budgetEur: 20_000_000,
    eligibleCountries: EU27,
    minCountries: 2,
    topics: [T.organicElectronics, T.oleds, T.organicPhotovoltaics, A.energy, S.modules],
    interested: [{ organization: 'fraunhofer-fep', note: 'Roll-to-roll OLED and organic photovoltaics pilot lines in Dresden.' }],
  },
  {
    slug: 'eurostars-2027-cut-off-1',
    programme: 'Eurostars',
    identifier: 'Eurostars-3 CoD 2027-1',
    title: 'Eurostars: market-oriented R&D projects led by innovative SMEs',
    summary:
      'Bottom-up international R&D projects led by an R&D-performing SME, with partners from at least two Eurostars countries, among them Canada and South Korea.' +
      DEMO,
    opensOn: '2026-10-01',
    deadline: '2027-03-04',
    url: 'https://www.eurekanetwork.org/programmes/eurostars/',
    budgetEur: null,
    eligibleCountries: [...EU27, ...EUROSTARS_PARTNERS],
    minCountries: 2,
    topics: [T.lasers, T.lidar, T.machineVision, A.automotive, A.qualityInspection],
    interested: [],
  },
  {
    slug: 'eic-accelerator-2027-cut-off-1',
    programme: 'European Innovation Council',
    identifier: 'HORIZON-EIC-2027-ACCELERATOR-01',
    title: 'EIC Accelerator: grants and equity for deep-tech start-ups and SMEs',
    summary: 'Single SMEs scaling up breakthrough photonics and optical sensing products (TRL 6 to 9).' + DEMO,
    opensOn: '2027-01-08',
    deadline: '2027-03-11',
    url: 'https://eic.ec.europa.eu/eic-funding-opportunities/eic-accelerator_en',
    budgetEur: null,
    eligibleCountries: HORIZON,
    minCountries: 1,
    topics: [T.lasers, T.fibreOpticSensors, T.spectralImaging, S.systems],
    interested: [],
  },
  {
    slug: 'he-cl4-photonics-2025',
    programme: 'Horizon Europe',
    identifier: 'HORIZON-CL4-2025-DIGITAL-EMERGING-01-22',
    title: 'Photonics for sensing in harsh industrial environments',
    summary: 'Fibre-optic and spectroscopic sensors for process monitoring in energy and manufacturing. Closed.' + DEMO,
    opensOn: '2025-01-15',
    deadline: '2025-04-24',
    url: FTP,
    budgetEur: 12_000_000,
    eligibleCountries: HORIZON,
    minCountries: 3,
    topics: [T.fibreOpticSensors, T.opticalGasSensing, A.manufacturing, A.energyInfrastructure],
    interested: [],
  },
  {
    slug: 'smp-cluster-internationalisation-2026',
    programme: 'Single Market Programme (COSME)',
    identifier: 'SMP-COSME-2026-CLUSTERINT-01',
    title: 'Cluster Internationalisation Programme for SMEs (2026 call)',
    summary: 'The previous call of the cluster internationalisation programme. Closed.' + DEMO,
    opensOn: '2026-02-03',
    deadline: '2026-05-28',
    url: FTP,
    budgetEur: 6_000_000,
    eligibleCountries: [...EU27, ...SMP_PARTICIPATING],
    minCountries: 3,
    topics: [A.manufacturing, A.health],
    interested: [],
  },
];
