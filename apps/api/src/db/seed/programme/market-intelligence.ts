import { A } from '../data/codes';

export interface SeedMarketContact {
  country: string;
  /** APPLICATION term code; null for every area. */
  application: string | null;
  kind: 'CLUSTER' | 'SOFT_LANDING' | 'TRADE_AGENCY' | 'RESEARCH' | 'INDUSTRY_ASSOCIATION';
  name: string;
  /** Slug of the organization's profile on the platform, when it has one. */
  organization: string | null;
  url: string | null;
  note: string;
}

export interface SeedMarketRegulation {
  country: string;
  application: string | null;
  title: string;
  authority: string;
  summary: string;
  url: string | null;
}

/**
 * Contact points in the target markets: the partner clusters PIMAP signed memoranda with and the
 * public agencies SMEs go through. Names and websites are real; notes say what to ask for.
 */
export const marketContacts: SeedMarketContact[] = [
  {
    country: 'CA',
    application: null,
    kind: 'CLUSTER',
    name: 'Optonique',
    organization: 'optonique',
    url: 'https://optonique.ca',
    note: "Québec's optics-photonics cluster; MoU with the PIMAP Partnership (2019): introductions to Québec integrators.",
  },
  {
    country: 'CA',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'Québec International',
    organization: null,
    url: 'https://www.quebecinternational.ca',
    note: 'Economic development agency of the Québec City region: set-up support for foreign companies.',
  },
  {
    country: 'CA',
    application: null,
    kind: 'RESEARCH',
    name: 'National Research Council Canada',
    organization: null,
    url: 'https://nrc.canada.ca',
    note: 'Federal research organization with photonics and advanced manufacturing centres; collaborative R&D.',
  },
  {
    country: 'CA',
    application: A.aerospace,
    kind: 'CLUSTER',
    name: 'Aéro Montréal',
    organization: null,
    url: 'https://www.aeromontreal.ca',
    note: "Québec's aerospace cluster: the customers of photonics suppliers for test and sensing.",
  },
  {
    country: 'US',
    application: null,
    kind: 'CLUSTER',
    name: 'Arizona Technology Council – Optics Valley',
    organization: 'arizona-optics-valley',
    url: 'https://www.aztechcouncil.org',
    note: 'MoU with the PIMAP Partnership (2019); Tucson optics, photonics and astronomy industry.',
  },
  {
    country: 'US',
    application: null,
    kind: 'CLUSTER',
    name: 'New York Photonics',
    organization: 'new-york-photonics',
    url: 'https://newyorkphotonics.org',
    note: 'Rochester optics and imaging industry; hosted the PIMAP back-to-back mission in 2019.',
  },
  {
    country: 'US',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'SelectUSA',
    organization: null,
    url: 'https://www.selectusa.gov',
    note: 'US government programme for foreign companies investing or setting up in the United States.',
  },
  {
    country: 'US',
    application: null,
    kind: 'RESEARCH',
    name: 'AIM Photonics',
    organization: null,
    url: 'https://www.aimphotonics.com',
    note: 'Manufacturing institute for integrated photonics (Rochester, Albany): access to PIC fabrication and packaging.',
  },
  {
    country: 'US',
    application: null,
    kind: 'INDUSTRY_ASSOCIATION',
    name: 'SPIE',
    organization: null,
    url: 'https://spie.org',
    note: 'Organiser of Photonics West; exhibitor and partnering programmes.',
  },
  {
    country: 'JP',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'EU-Japan Centre for Industrial Cooperation',
    organization: null,
    url: 'https://www.eu-japan.eu',
    note: 'Business missions and the Enterprise Europe Network in Japan.',
  },
  {
    country: 'JP',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'JETRO',
    organization: null,
    url: 'https://www.jetro.go.jp/en/',
    note: 'Japan External Trade Organization: market information and set-up support.',
  },
  {
    country: 'CN',
    application: null,
    kind: 'SOFT_LANDING',
    name: 'EU SME Centre',
    organization: null,
    url: 'https://www.eusmecentre.org.cn',
    note: 'Advice for European SMEs entering China: market access, legal, standards.',
  },
  {
    country: 'KR',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'KOTRA',
    organization: null,
    url: 'https://www.kotra.or.kr',
    note: 'Korea Trade-Investment Promotion Agency: buyer matching.',
  },
  {
    country: 'SG',
    application: null,
    kind: 'TRADE_AGENCY',
    name: 'Enterprise Singapore',
    organization: null,
    url: 'https://www.enterprisesg.gov.sg',
    note: 'Government agency for enterprise development and partnering in South-East Asia.',
  },
];

/** What products must meet in the target markets, for the application areas profiled. */
export const marketRegulations: SeedMarketRegulation[] = [
  {
    country: 'US',
    application: null,
    title: 'Laser product performance standard (21 CFR 1040.10 and 1040.11)',
    authority: 'FDA Center for Devices and Radiological Health',
    summary:
      'Laser products sold in the US must be certified to the federal performance standard and reported to the FDA before they are introduced to the market.',
    url: 'https://www.fda.gov/radiation-emitting-products/home-business-and-entertainment-products/laser-products-and-instruments',
  },
  {
    country: 'US',
    application: null,
    title: 'Export Administration Regulations (EAR)',
    authority: 'Bureau of Industry and Security',
    summary: 'Dual-use optics, lasers and sensors may need an export classification and licence, also for re-export from the US.',
    url: 'https://www.bis.gov/regulations',
  },
  {
    country: 'US',
    application: A.aerospace,
    title: 'International Traffic in Arms Regulations (ITAR)',
    authority: 'Directorate of Defense Trade Controls',
    summary: 'Defence articles and technical data, including some aerospace optics, are controlled; partners must be registered.',
    url: 'https://www.pmddtc.state.gov',
  },
  {
    country: 'US',
    application: A.health,
    title: 'Premarket notification 510(k)',
    authority: 'FDA',
    summary: 'Most class II medical devices, optical diagnostics among them, need FDA clearance of substantial equivalence before sale.',
    url: 'https://www.fda.gov/medical-devices/premarket-submissions-selecting-and-preparing-correct-submission/premarket-notification-510k',
  },
  {
    country: 'US',
    application: A.manufacturing,
    title: 'ANSI Z136.1 Safe Use of Lasers',
    authority: 'ANSI / Laser Institute of America',
    summary: 'The reference standard for laser safety programmes in US workplaces; customers expect machines to support it.',
    url: 'https://www.lia.org/resources/laser-safety-information/laser-safety-standards/ansi-z136-standards',
  },
  {
    country: 'CA',
    application: null,
    title: 'Radiation Emitting Devices Act: laser products',
    authority: 'Health Canada',
    summary: 'Laser products must meet the Radiation Emitting Devices Regulations; FDA-compliant labelling is largely accepted.',
    url: 'https://www.canada.ca/en/health-canada/services/environmental-workplace-health/radiation.html',
  },
  {
    country: 'CA',
    application: A.health,
    title: 'Medical Devices Regulations (SOR/98-282)',
    authority: 'Health Canada',
    summary: 'Class II to IV devices need a medical device licence and an MDSAP-certified quality system.',
    url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-98-282/',
  },
  {
    country: 'JP',
    application: null,
    title: 'Japanese Industrial Standard JIS C 6802 (laser safety)',
    authority: 'Japanese Industrial Standards Committee',
    summary: 'Laser safety classification and labelling aligned with IEC 60825-1.',
    url: 'https://www.jisc.go.jp/eng/',
  },
  {
    country: 'CN',
    application: null,
    title: 'China Compulsory Certification (CCC)',
    authority: 'SAMR / CNCA',
    summary: 'Listed product categories need CCC marking before import; check whether the product is in the catalogue.',
    url: 'https://www.cnca.gov.cn',
  },
];
