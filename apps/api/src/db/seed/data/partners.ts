import { capability, organization } from './build';
import { A, S, T } from './codes';
import type { SeedOrganization } from './types';

/** Project partners that are not cluster organisations. */
export const partners: SeedOrganization[] = [
  // LightJumps
  organization({
    slug: 'pno-ciaotech',
    name: 'Ciaotech S.r.l. (PNO Consultants)',
    kind: 'SME',
    country: 'IT',
    region: 'ITI4',
    city: 'Rome',
    latitude: 41.9028,
    longitude: 12.4964,
    website: 'https://www.pnoconsultants.com',
    description:
      'Italian innovation and public-funding consultancy of the PNO Consultants group. Partner of the FP7 ' +
      'LightJumps project, which set out to connect photonics clusters with clusters of application sectors.',
  }),
  organization({
    slug: 'polimi',
    name: 'Politecnico di Milano (POLIMI)',
    kind: 'UNIVERSITY',
    country: 'IT',
    region: 'ITC4',
    city: 'Milan',
    latitude: 45.4785,
    longitude: 9.2275,
    website: 'https://www.polimi.it',
    sizeBand: 'LARGE',
    foundedYear: 1863,
    description:
      "Italy's largest technical university. Its physics and electronics departments research ultrafast " +
      'lasers, biomedical optics and integrated photonics. Partner of LightJumps.',
    capabilities: [
      capability(T.ultrafastLasers, S.components, [A.manufacturing, A.health], 4, 'Femtosecond laser micromachining research'),
      capability(T.siliconPhotonics, S.components, [A.telecom], 4, 'Integrated photonic circuit design and characterisation'),
      capability(T.opticalSpectroscopy, S.modules, [A.health], 5, 'Time-resolved diffuse optics instrumentation'),
    ],
  }),
  organization({
    slug: 'fraunhofer-fep',
    name: 'Fraunhofer Institute for Organic Electronics, Electron Beam and Plasma Technology FEP',
    kind: 'RESEARCH_ORGANIZATION',
    country: 'DE',
    region: 'DED2',
    city: 'Dresden',
    latitude: 51.0363,
    longitude: 13.8064,
    website: 'https://www.fep.fraunhofer.de',
    sizeBand: 'MEDIUM',
    description:
      'Fraunhofer institute in Dresden developing OLED microdisplays and lighting, flexible organic ' +
      'electronics and electron-beam and plasma processes for coating large areas and webs. Partner of LightJumps.',
    clusters: [{ slug: 'organic-electronics-saxony', since: '2008-10-06' }],
    capabilities: [
      capability(T.oleds, S.components, [A.lighting, A.consumer], 6, 'OLED microdisplay and lighting pilot lines'),
      capability(T.organicElectronics, S.materials, [A.energy, A.buildings], 5, 'Roll-to-roll processing of flexible substrates'),
      capability(T.opticalCoatings, S.components, [A.energy, A.buildings], 7, 'Electron-beam and plasma coating of large areas'),
    ],
  }),
  organization({
    slug: 'cnr',
    name: 'Consiglio Nazionale delle Ricerche (CNR)',
    kind: 'RESEARCH_ORGANIZATION',
    country: 'IT',
    region: 'ITI4',
    city: 'Rome',
    latitude: 41.901,
    longitude: 12.512,
    website: 'https://www.cnr.it',
    sizeBand: 'LARGE',
    foundedYear: 1923,
    description:
      "Italy's National Research Council. Its institutes for optics and for photonics and nanotechnologies " +
      'work on laser sources, optical sensing and photonic devices. Partner of LightJumps.',
    capabilities: [
      capability(T.quantumCascadeLasers, S.components, [A.security, A.environment], 4, 'Terahertz and mid-infrared laser research'),
      capability(T.opticalGasSensing, S.modules, [A.environment, A.health], 5, 'Laser spectroscopy for trace-gas detection'),
      capability(T.fibreOpticSensors, S.components, [A.aerospace, A.environment], 4),
    ],
  }),
  organization({
    slug: 'tue-cobra',
    name: 'Eindhoven University of Technology – COBRA Research Institute',
    kind: 'UNIVERSITY',
    country: 'NL',
    region: 'NL41',
    city: 'Eindhoven',
    latitude: 51.4486,
    longitude: 5.4907,
    website: 'https://www.tue.nl',
    sizeBand: 'LARGE',
    foundedYear: 1956,
    description:
      'Research institute for communication technology at TU/e, known for indium phosphide photonic ' +
      'integration and the generic, foundry-based approach to photonic integrated circuits. Partner of LightJumps.',
    capabilities: [
      capability(
        T.indiumPhosphide,
        S.components,
        [A.telecom, A.health],
        6,
        'Generic InP integration platform with multi-project wafer runs',
      ),
      capability(T.photonicDesign, S.integration, [A.telecom], 5, 'PIC design training and building-block libraries'),
    ],
  }),
  organization({
    slug: 'investornet-gate2growth',
    name: 'InvestorNet – Gate2Growth',
    kind: 'INVESTOR',
    country: 'DK',
    region: 'DK01',
    city: 'Copenhagen',
    latitude: 55.6761,
    longitude: 12.5683,
    website: null,
    description:
      'Danish organisation working on access to finance for innovative technology companies (Gate2Growth). ' +
      'Partner of LightJumps, bringing the investor perspective to photonics SMEs.',
  }),
  organization({
    slug: 'europe-unlimited',
    name: 'Europe Unlimited',
    kind: 'SME',
    country: 'BE',
    region: 'BE10',
    city: 'Brussels',
    latitude: 50.8503,
    longitude: 4.3517,
    website: null,
    description:
      'Brussels-based company supporting innovation and the growth of European technology SMEs through ' +
      'events and business-support programmes. Partner of LightJumps.',
  }),
  // Photonics4Industry
  organization({
    slug: 'visionary-analytics',
    name: 'Visionary Analytics',
    kind: 'SME',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    latitude: 54.6872,
    longitude: 25.2797,
    website: 'https://www.visionary.lt',
    description:
      'Vilnius-based policy research and consulting company. Supports Photonics4Industry with benchmarking ' +
      'of cluster organisations, identification of member needs and value-chain mapping.',
  }),
];
