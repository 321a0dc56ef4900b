import { A, T } from './codes';

/** A knowledge article of the demo data; references by slug and term code like the rest of the dataset. */
export interface SeedKnowledgeArticle {
  slug: string;
  kind: 'INTERNATIONALISATION_PRACTICE' | 'CROSS_SECTOR_COLLABORATION' | 'MISSION_REPORT' | 'MARKET_STUDY' | 'GUIDE';
  language: 'en' | 'de' | 'fr' | 'it';
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** Organization slugs. */
  authors: string[];
  terms: string[];
  valueChains: string[];
  targetCountries: string[];
  /** Event slug, for mission reports. */
  event: string | null;
  /** YYYY-MM-DD */
  publishedOn: string;
}

const PIMAP = ['alpha-rlh', 'triple-steelix', 'produtech', 'business-joensuu'];
const P4I = ['photonics-austria', 'photonics-finland', 'toolas', 'photonics-bw', 'photonics-bretagne'];

/** Drawn from the reports of the PIMAP Partnership and Photonics4Industry (see shared/seeds). */
export const knowledgeArticles: SeedKnowledgeArticle[] = [
  {
    slug: 'mission-report-photonics-west-2019',
    kind: 'MISSION_REPORT',
    language: 'en',
    title: 'Mission report: PIMAP at SPIE Photonics West 2019',
    summary: 'What the first PIMAP business mission to the United States brought the clusters and their SMEs.',
    body: `## Purpose

The first of the two PIMAP third-country missions tested the partnership's positioning —
*photonics for Industry 4.0* — on the North American market, at SPIE Photonics West in San Francisco.

## Outcomes

- **Market intelligence**: the fair gave the clusters and their SMEs a first-hand view of the opportunities
  and synergies in the United States.
- **Contacts** with US photonics clusters, which led to the later memorandum of understanding with
  Arizona Optics Valley.
- **Visibility** for the clusters' initiatives and their SMEs.

## Lessons for the next mission

1. Prepare B2B meetings before the fair: the most useful contacts were the ones booked in advance.
2. Pair the fair with a cluster-to-cluster meeting, so that the contacts outlive the week.
3. Identify local stakeholders who can offer *soft-landing* services to SMEs.
`,
    authors: ['alpha-rlh'],
    terms: [A.manufacturing, T.lasers],
    valueChains: [],
    targetCountries: ['US'],
    event: 'pimap-mission-photonics-west-2019',
    publishedOn: '2019-03-01',
  },
  {
    slug: 'mission-report-eu-canada-matchmaking-2019',
    kind: 'MISSION_REPORT',
    language: 'en',
    title: 'Mission report: EU–Canada cluster matchmaking in Toronto',
    summary: 'European clusters met the Canadian innovation superclusters; the PIMAP partners added a mission to New York.',
    body: `## The event

The EU–Canada cluster matchmaking in Toronto, Ontario, brought European cluster organisations together with
Canada's innovation superclusters and clusters. An administrative arrangement between Canada and the EU on
cluster cooperation was signed during the event.

## What PIMAP took home

- Contacts with **Optonique**, the Quebec optics and photonics cluster, which signed a memorandum of
  understanding with the partnership at LASER World of PHOTONICS in June 2019.
- A back-to-back mission to New York State, organised with New York Photonics, to make the most of the trip.

## Advice to SMEs

Canada's clusters welcome European partners, but they expect a concrete offer: a technology, a target
application and a partner profile. Prepare a one-page profile in English and French.
`,
    authors: ['produtech'],
    terms: [A.manufacturing],
    valueChains: [],
    targetCountries: ['CA'],
    event: 'eu-canada-cluster-matchmaking-toronto-2019',
    publishedOn: '2019-06-20',
  },
  {
    slug: 'mission-report-new-york-state-2019',
    kind: 'MISSION_REPORT',
    language: 'en',
    title: 'Mission report: back-to-back mission to New York State',
    summary: 'Rochester and New York Photonics: local stakeholders for soft landing and future missions.',
    body: `## Rochester, June 2019

Right after the Toronto matchmaking, the PIMAP partners visited New York Photonics and its members in
Rochester, one of the historical centres of the US optics industry.

## Results

- Contacts with New York Photonics and its member companies.
- Identification of **local stakeholders** able to provide *soft-landing* services (office space, legal and
  tax advice, introductions) and to co-organise future business missions.

See also the [PIMAP Partnership profile](https://www.clustercollaboration.eu/escp-profiles/pimap-partnership).
`,
    authors: ['produtech'],
    terms: [A.manufacturing, T.precisionOptics],
    valueChains: [],
    targetCountries: ['US'],
    event: 'pimap-mission-new-york-2019',
    publishedOn: '2019-06-28',
  },
  {
    slug: 'market-study-north-america-photonics-industry-4-0',
    kind: 'MARKET_STUDY',
    language: 'en',
    title: 'Market study: photonics for Industry 4.0 in the United States and Canada',
    summary: 'The PIMAP market study confirmed a high market potential in the USA and Canada, and opportunities in Asia.',
    body: `## Scope

Photonic and microwave technologies for advanced manufacturing, metalworking and aerospace, and the two
target countries chosen by the PIMAP Partnership: the **United States** and **Canada**.

## Findings

| market | potential | why |
|---|---|---|
| United States | high | large advanced-manufacturing base, strong photonics clusters (Arizona, New York, California) |
| Canada | high | Quebec and Ontario photonics ecosystems, EU–Canada trade agreement (CETA) |

The study also pointed to opportunities in the Asian market for later phases.

## Recommendations

1. Enter through clusters: Arizona Optics Valley, New York Photonics and Optonique are natural partners.
2. Use trade fairs (SPIE Photonics West) for market intelligence, and missions for partnerships.
3. Plan certification early: North American customers ask for UL/CSA marks and ITAR awareness in aerospace.
`,
    authors: PIMAP,
    terms: [A.manufacturing, A.metalworking, A.aerospace, T.microwavePhotonics, T.laserProcessing],
    valueChains: ['laser-additive-metalworking'],
    targetCountries: ['US', 'CA'],
    event: null,
    publishedOn: '2019-01-15',
  },
  {
    slug: 'best-practice-joint-internationalisation-strategy',
    kind: 'INTERNATIONALISATION_PRACTICE',
    language: 'en',
    title: 'Best practice: a joint internationalisation strategy for a meta-cluster',
    summary: 'How four clusters representing over 900 SMEs built one strategy, one roadmap and one partnership agreement.',
    body: `## Why join forces

By joining their forces, ALPHA-RLH, TRIPLE STEELIX, PRODUTECH and BUSINESS JOENSUU represented over 900 SMEs,
which gave the initiative visibility and credibility abroad.

## The steps that worked

1. **SME workshops in each cluster** to identify needs, expectations and barriers to internationalisation.
2. **A market study** to choose target countries (the USA and Canada).
3. **Two test missions** before committing to a strategy.
4. **Memoranda of understanding** with third-country clusters (Arizona Optics Valley, Optonique).
5. **A partnership agreement** giving the action plan a legal framework, with a three-year roadmap.

## For an SME

Check your own export readiness first (the self-assessment on this platform), then join the cluster's
missions to the markets the strategy targets.
`,
    authors: PIMAP,
    terms: [A.manufacturing],
    valueChains: [],
    targetCountries: ['US', 'CA'],
    event: null,
    publishedOn: '2020-02-28',
  },
  {
    slug: 'ateliers-intersectoriels-photonique-industrie',
    kind: 'CROSS_SECTOR_COLLABORATION',
    language: 'fr',
    title: 'Ateliers intersectoriels : quand la photonique rencontre la fabrication avancée',
    summary: 'Les ateliers PME du projet PIMAP ont rapproché photonique, hyperfréquences et industrie du futur.',
    body: `## Le principe

Chaque cluster partenaire a organisé un atelier pour ses PME sur l'internationalisation et la coopération
intersectorielle. Les entreprises de la photonique y ont rencontré des industriels de la fabrication avancée,
de la métallurgie et de l'aéronautique.

## Ce qui en est ressorti

- Une meilleure connaissance des écosystèmes, des secteurs et des segments de marché de chaque cluster.
- Les besoins, attentes et freins des PME face à l'international.
- Les bases de la stratégie commune d'internationalisation.

## Conseils

- Invitez des **utilisateurs finaux** : ce sont eux qui formulent les besoins.
- Présentez des **cas d'usage** concrets plutôt que des technologies.
`,
    authors: ['alpha-rlh'],
    terms: [A.manufacturing, A.aerospace, T.microwavePhotonics],
    valueChains: ['microwave-photonic-sensing-aerospace'],
    targetCountries: [],
    event: null,
    publishedOn: '2018-11-30',
  },
  {
    slug: 'leitfaden-clusterxchange-gruppenbesuch',
    kind: 'GUIDE',
    language: 'de',
    title: 'Leitfaden: einen ClusterXchange-Gruppenbesuch vorbereiten',
    summary: 'Wie die Photonics4Industry-Cluster ihre Mitglieder zu Besuchen bei Partnerclustern schicken.',
    body: `## Worum es geht

Mit dem EU-geförderten ClusterXchange-Programm besuchen Mitglieder eines Clusters einen Partnercluster in
einem anderen Land: Tampere, Lannion, Wien, Joensuu, München, Vilnius.

## Vorbereitung in fünf Schritten

1. Ziele festlegen: Kunden, Forschungspartner oder Zulieferer?
2. Profil der Teilnehmenden an den Gastcluster schicken.
3. B2B-Termine vorab vereinbaren.
4. Einen Messe- oder Branchentag als Anlass wählen (z. B. LASER World of PHOTONICS).
5. Nach dem Besuch: Kontakte und Ergebnisse auf der Plattform festhalten.
`,
    authors: P4I,
    terms: [T.lasers],
    valueChains: [],
    targetCountries: [],
    event: null,
    publishedOn: '2023-07-20',
  },
  {
    slug: 'guide-export-readiness-first-steps',
    kind: 'GUIDE',
    language: 'en',
    title: 'Guide: first steps to export for a photonics SME',
    summary: 'Strategy, people, certification and financing: what to put in place before the first mission.',
    body: `## Before you travel

- **Strategy**: write down which markets you target and why; one page is enough.
- **People**: name one person responsible for export, with time to do it.
- **Languages**: product sheets and website in the language of the market.
- **Certification**: CE marking for Europe; check UL/CSA for North America and ISO 9001 for industrial buyers.
- **Financing**: regional export aid, the EU's COSME and Horizon Europe calls, and cluster-organised missions
  cost far less than going alone.

## Then

Take the export-readiness self-assessment, join a cluster mission, and use the platform's matchmaking to find
partners already present in the market.
`,
    authors: ['photonics-bw'],
    terms: [T.lasers, A.manufacturing],
    valueChains: [],
    targetCountries: [],
    event: null,
    publishedOn: '2024-03-15',
  },
];
