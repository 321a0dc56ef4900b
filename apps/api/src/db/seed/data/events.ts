import type { SeedEvent, SeedEventParticipant } from './types';

const PIMAP = ['alpha-rlh', 'triple-steelix', 'produtech', 'business-joensuu'] as const;
const P4I = ['photonics-austria', 'photonics-finland', 'toolas', 'photonics-bw', 'photonics-bretagne'] as const;

/** The organiser and host (if different) in their roles, every other slug as a participant. */
function roles(organizer: string, others: readonly string[], host?: string): SeedEventParticipant[] {
  const list: SeedEventParticipant[] = [{ organization: organizer, role: 'ORGANIZER' }];
  if (host !== undefined && host !== organizer) list.push({ organization: host, role: 'HOST' });
  for (const slug of others) {
    if (slug !== organizer && slug !== host) list.push({ organization: slug, role: 'PARTICIPANT' });
  }
  return list;
}

function pimapWorkshop(slug: string, city: string, country: string, organizer: string, startsOn: string, focus: string): SeedEvent {
  return {
    slug,
    kind: 'WORKSHOP',
    title: `PIMAP SME workshop on internationalisation and cross-sectoral cooperation – ${city}`,
    startsOn,
    endsOn: startsOn,
    city,
    country,
    organizer,
    participants: roles(organizer, PIMAP),
    targetCountries: ['US', 'CA'],
    outcomes:
      `Cluster partners and SMEs of the ${city} ecosystem met around ${focus}. The workshop served mutual ` +
      'learning between the clusters and collected SME needs, expectations and barriers with regard to ' +
      'internationalisation, as input to the joint strategy and the missions to North America.',
  };
}

interface ExchangeSpec {
  slug: string;
  title: string;
  city: string;
  country: string;
  /** The Photonics4Industry cluster that organised the visit. */
  organizer: string;
  /** A local organisation that received the group, when not the organiser itself. */
  host?: string;
  startsOn: string;
  endsOn: string;
  outcomes: string;
}

function clusterXChange(spec: ExchangeSpec): SeedEvent {
  const { slug, title, city, country, organizer, host, startsOn, endsOn, outcomes } = spec;
  return {
    slug,
    kind: 'CLUSTER_EXCHANGE',
    title: `Photonics4Industry ClusterXchange: ${title}`,
    startsOn,
    endsOn,
    city,
    country,
    organizer,
    participants: roles(organizer, P4I, host),
    targetCountries: [],
    outcomes,
  };
}

export const events: SeedEvent[] = [
  // PIMAP Partnership (COSME ESCP-4i)
  pimapWorkshop(
    'pimap-workshop-jyvaskyla-2018',
    'Jyväskylä',
    'FI',
    'business-joensuu',
    '2018-05-23',
    'the Optics & Photonics Days 2018, with Photonics Finland and Photonics Sweden joining for the Photonics21 Nordic workgroup',
  ),
  pimapWorkshop(
    'pimap-workshop-talence-2018',
    'Talence',
    'FR',
    'alpha-rlh',
    '2018-10-11',
    'lasers, microwaves and their industrial applications',
  ),
  pimapWorkshop('pimap-workshop-borlange-2018', 'Borlänge', 'SE', 'triple-steelix', '2018-11-20', 'photonics for steel and metalworking'),
  pimapWorkshop(
    'pimap-workshop-porto-2019',
    'Porto',
    'PT',
    'produtech',
    '2019-03-14',
    'production technologies, automation and optical sensing',
  ),
  {
    slug: 'pimap-mission-photonics-west-2019',
    kind: 'TRADE_MISSION',
    title: 'PIMAP business mission to SPIE Photonics West',
    startsOn: '2019-02-02',
    endsOn: '2019-02-07',
    city: 'San Francisco',
    country: 'US',
    organizer: 'alpha-rlh',
    participants: roles('alpha-rlh', PIMAP),
    targetCountries: ['US'],
    outcomes:
      'Market intelligence and exploration of opportunities and synergies for the clusters and their SMEs ' +
      'in the United States; contacts with US photonics clusters that led to later cooperation.',
  },
  {
    slug: 'eu-canada-cluster-matchmaking-toronto-2019',
    kind: 'MATCHMAKING',
    title: 'EU–Canada cluster matchmaking mission',
    startsOn: '2019-06-05',
    endsOn: '2019-06-07',
    city: 'Toronto',
    country: 'CA',
    organizer: 'produtech',
    participants: roles('produtech', [...PIMAP, 'optitec']),
    targetCountries: ['CA'],
    outcomes:
      'European clusters met the Canadian innovation superclusters and Canadian clusters; an administrative ' +
      'arrangement between Canada and the EU on cluster cooperation was signed during the event. The PIMAP ' +
      'partners combined it with a back-to-back mission to New York.',
  },
  {
    slug: 'pimap-mission-new-york-2019',
    kind: 'TRADE_MISSION',
    title: 'PIMAP back-to-back mission to New York State',
    startsOn: '2019-06-10',
    endsOn: '2019-06-11',
    city: 'Rochester',
    country: 'US',
    organizer: 'produtech',
    participants: roles('produtech', PIMAP, 'new-york-photonics'),
    targetCountries: ['US'],
    outcomes:
      'Contacts with New York Photonics and its members, and identification of local stakeholders able to ' +
      'provide soft-landing services and organise future business missions.',
  },
  {
    slug: 'pimap-laser-world-of-photonics-2019',
    kind: 'TRADE_FAIR',
    title: 'PIMAP Partnership at LASER World of PHOTONICS 2019',
    startsOn: '2019-06-24',
    endsOn: '2019-06-27',
    city: 'Munich',
    country: 'DE',
    organizer: 'alpha-rlh',
    participants: roles('alpha-rlh', [...PIMAP, 'arizona-optics-valley', 'optonique']),
    targetCountries: ['US', 'CA'],
    outcomes:
      'Signature of memoranda of understanding with Arizona Technology Council – Optics Valley and with ' +
      'Optonique, providing the means for joint initiatives between the ecosystems.',
  },
  // Photonics4Industry (COSME, February 2022 – January 2024)
  clusterXChange({
    slug: 'p4i-cxc-tampere-2022',
    title: 'Optics & Photonics Days in Tampere',
    city: 'Tampere',
    country: 'FI',
    organizer: 'photonics-finland',
    startsOn: '2022-09-07',
    endsOn: '2022-09-09',
    outcomes:
      'First ClusterXchange of the project: visitors met Photonics Finland member companies and Tampere University during the Optics & Photonics Days 2022.',
  }),
  clusterXChange({
    slug: 'p4i-cxc-lannion-2023',
    title: 'visit to Lannion with the PhD Day',
    city: 'Lannion',
    country: 'FR',
    organizer: 'photonics-bretagne',
    startsOn: '2023-01-19',
    endsOn: '2023-01-20',
    outcomes: 'Group visit to the Brittany photonics ecosystem, combined with the PhD Day event of Photonics Bretagne.',
  }),
  clusterXChange({
    slug: 'p4i-cxc-vienna-2023',
    title: 'International Day of Light in Vienna',
    city: 'Vienna',
    country: 'AT',
    organizer: 'photonics-austria',
    startsOn: '2023-05-15',
    endsOn: '2023-05-17',
    outcomes:
      'Delegation trip around the International Day of Light with networking formats and company visits; travel grants for member participants.',
  }),
  clusterXChange({
    slug: 'p4i-cxc-joensuu-2023',
    title: 'Optics & Photonics Days in Joensuu',
    city: 'Joensuu',
    country: 'FI',
    organizer: 'photonics-finland',
    host: 'business-joensuu',
    startsOn: '2023-05-30',
    endsOn: '2023-06-02',
    outcomes: 'Participation in the Optics & Photonics Days 2023 followed by company visits and the Joensuu Photonics Center on 2 June.',
  }),
  clusterXChange({
    slug: 'p4i-cxc-munich-2023',
    title: 'LASER World of PHOTONICS 2023',
    city: 'Munich',
    country: 'DE',
    organizer: 'photonics-bw',
    startsOn: '2023-06-27',
    endsOn: '2023-06-30',
    outcomes: 'Joint delegation to LASER World of PHOTONICS with B2B meetings between members of the five clusters.',
  }),
  clusterXChange({
    slug: 'p4i-cxc-vilnius-2023',
    title: 'laser and photonics companies in Vilnius',
    city: 'Vilnius',
    country: 'LT',
    organizer: 'toolas',
    startsOn: '2023-10-17',
    endsOn: '2023-10-18',
    outcomes:
      'Group visit to TOOLAS members in the Visoriai Information Technology Park, with B2B meetings on laser sources and components.',
  }),
];
