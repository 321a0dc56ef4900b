import { organization, marketAccess, partnerNeed, skillsNeed } from './build';
import { A, S, T } from './codes';
import type { SeedOrganization } from './types';

/**
 * European cluster organisations from the three projects: LightJumps (FP7, grant agreement
 * 619463), Photonics4Industry (COSME, 2022-2024) and the PIMAP Partnership (COSME ESCP-4i).
 */
export const europeanClusters: SeedOrganization[] = [
  // LightJumps
  organization({
    slug: 'sensor-city',
    name: 'Sensor City',
    kind: 'CLUSTER',
    country: 'NL',
    region: 'NL13',
    city: 'Assen',
    latitude: 52.9925,
    longitude: 6.5649,
    website: null,
    description:
      'Sensor technology initiative of Assen (Drenthe) that built an urban, fibre-connected sensor network as a ' +
      'living lab for testing sensor applications; the foundation closed in 2017. Partner of the LightJumps project.',
  }),
  organization({
    slug: 'lazio-connect',
    name: 'Lazio Connect',
    kind: 'CLUSTER',
    country: 'IT',
    region: 'ITI4',
    city: 'Rome',
    latitude: 41.9028,
    longitude: 12.4964,
    website: null,
    description:
      'Regional innovation network from Lazio, Italy (LAZIOCT), and partner of the LightJumps project, ' +
      'linking technology SMEs of the Rome area with research and application sectors.',
  }),
  organization({
    slug: 'organic-electronics-saxony',
    name: 'Organic Electronics Saxony (OES)',
    kind: 'CLUSTER',
    country: 'DE',
    region: 'DED2',
    city: 'Dresden',
    latitude: 51.0504,
    longitude: 13.7373,
    website: 'https://www.oes-net.de',
    foundedYear: 2008,
    description:
      'Cluster of companies, research institutes and universities in Saxony working on organic and ' +
      'printed electronics, including OLED lighting and displays and organic photovoltaics. Partner of LightJumps.',
    needs: [partnerNeed(T.oleds, S.integration, 'Lighting designers and building integrators to bring OLED luminaires into projects.')],
    exportInterests: [{ country: 'US', application: A.lighting }],
  }),
  organization({
    slug: 'optitec',
    name: "Pôle OPTITEC – Pôle d'Optique Photonique Sud",
    kind: 'CLUSTER',
    country: 'FR',
    region: 'FRL0',
    city: 'Marseille',
    latitude: 43.342,
    longitude: 5.438,
    website: 'https://www.pole-optitec.com',
    foundedYear: 2005,
    description:
      'Competitiveness cluster for optics and photonics in southern France, bringing together SMEs, large ' +
      'companies and laboratories. Partner of LightJumps; part of the EU delegation to the 2019 EU–Canada ' +
      'cluster matchmaking in Toronto.',
    exportInterests: [{ country: 'CA', application: null }],
  }),
  // Photonics4Industry
  organization({
    slug: 'photonics-austria',
    name: 'Photonics Austria',
    kind: 'CLUSTER',
    country: 'AT',
    region: 'AT13',
    city: 'Vienna',
    latitude: 48.2082,
    longitude: 16.3738,
    website: 'https://www.photonics-austria.at',
    description:
      'Austrian photonics platform connecting companies, research institutes and universities. ' +
      'Photonics4Industry partner; hosted a delegation visit around the International Day of Light in May 2023.',
    needs: [skillsNeed(null, 'Exchange of cluster-management practice on member services and internationalisation.')],
  }),
  organization({
    slug: 'photonics-finland',
    name: 'Photonics Finland',
    kind: 'CLUSTER',
    country: 'FI',
    region: 'FI1D',
    city: 'Joensuu',
    latitude: 62.601,
    longitude: 29.7636,
    website: 'https://www.photonics.fi',
    foundedYear: 2014,
    description:
      'National association for photonics in Finland, from basic research to products, and organiser of the ' +
      'annual Optics & Photonics Days. Photonics4Industry partner; hosted ClusterXchange visits in Tampere and Joensuu.',
  }),
  organization({
    slug: 'toolas',
    name: 'TOOLAS',
    kind: 'CLUSTER',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    latitude: 54.7425,
    longitude: 25.279,
    website: 'https://toolas.eu',
    description:
      'Lithuanian cluster of laser, photonics and space technology companies, many of them located in the ' +
      'Visoriai Information Technology Park in Vilnius. Photonics4Industry partner.',
    exportInterests: [
      { country: 'US', application: A.manufacturing },
      { country: 'JP', application: null },
    ],
  }),
  organization({
    slug: 'photonics-bw',
    name: 'Photonics BW',
    kind: 'CLUSTER',
    country: 'DE',
    region: 'DE11',
    city: 'Aalen',
    latitude: 48.8378,
    longitude: 10.0933,
    website: 'https://www.photonicsbw.de',
    foundedYear: 2000,
    description:
      'Innovation network for optical and quantum technologies in Baden-Württemberg, based at the innovation ' +
      'centre of Aalen University. Photonics4Industry partner.',
  }),
  organization({
    slug: 'photonics-bretagne',
    name: 'Photonics Bretagne',
    kind: 'CLUSTER',
    country: 'FR',
    region: 'FRH0',
    city: 'Lannion',
    latitude: 48.7326,
    longitude: -3.4566,
    website: 'https://www.photonics-bretagne.com',
    description:
      'Photonics cluster of Brittany based in Lannion, with an R&D platform for specialty optical fibres. ' +
      'Photonics4Industry partner; hosted delegation visits in 2023.',
    needs: [partnerNeed(T.specialtyFibres, S.systems, 'System makers integrating specialty fibres in sensing and laser products.')],
  }),
  // PIMAP Partnership
  organization({
    slug: 'alpha-rlh',
    name: 'ALPHA – Route des Lasers & des Hyperfréquences (ALPHA-RLH)',
    kind: 'CLUSTER',
    country: 'FR',
    region: 'FRI1',
    city: 'Talence',
    latitude: 44.8081,
    longitude: -0.5886,
    website: 'https://www.alpha-rlh.com',
    foundedYear: 2017,
    description:
      'Competitiveness cluster for photonics and lasers and for electronics and microwaves in Nouvelle-Aquitaine, ' +
      'formed in 2017 from Route des Lasers (Bordeaux) and Elopsys (Limoges). Member of the PIMAP Partnership.',
    needs: [
      marketAccess('US', 'Soft-landing support and business missions for member SMEs in the United States.'),
      marketAccess('CA', 'Contacts with Canadian clusters and integrators for member SMEs.'),
    ],
    exportInterests: [
      { country: 'US', application: A.manufacturing },
      { country: 'CA', application: A.aerospace },
      { country: 'JP', application: null },
    ],
  }),
  organization({
    slug: 'triple-steelix',
    name: 'Triple Steelix',
    kind: 'CLUSTER',
    country: 'SE',
    region: 'SE31',
    city: 'Borlänge',
    latitude: 60.4858,
    longitude: 15.4371,
    website: 'https://triplesteelix.se',
    description:
      'Cluster for the steel and metalworking industry in the Bergslagen region of central Sweden. ' +
      'Member of the PIMAP Partnership, bringing metalworking and advanced manufacturing companies.',
    needs: [
      partnerNeed(T.laserProcessing, S.systems, 'Laser processing and inspection suppliers for steel and metalworking members.'),
      marketAccess('US', 'Market intelligence on North American metalworking and steel customers.'),
    ],
    exportInterests: [{ country: 'US', application: A.metalworking }],
  }),
  organization({
    slug: 'produtech',
    name: 'PRODUTECH – Production Technologies Cluster',
    kind: 'CLUSTER',
    country: 'PT',
    region: 'PT11',
    city: 'Porto',
    latitude: 41.1579,
    longitude: -8.6291,
    website: 'https://produtech.org',
    description:
      'Portuguese cluster of production technologies: machinery, automation, robotics and digital tools for ' +
      'manufacturing. Member of the PIMAP Partnership.',
    needs: [
      partnerNeed(T.machineVision, S.modules, 'Vision and optical sensing modules for machine builders.'),
      marketAccess('CA', 'Canadian manufacturing partners for Portuguese machine builders.'),
    ],
    exportInterests: [
      { country: 'US', application: A.manufacturing },
      { country: 'CA', application: A.manufacturing },
    ],
  }),
  organization({
    slug: 'business-joensuu',
    name: 'Business Joensuu',
    kind: 'CLUSTER',
    country: 'FI',
    region: 'FI1D',
    city: 'Joensuu',
    latitude: 62.601,
    longitude: 29.7636,
    website: 'https://www.businessjoensuu.fi',
    description:
      'Business development company of the Joensuu region in eastern Finland, supporting the local photonics ' +
      'ecosystem around the University of Eastern Finland and the Joensuu Photonics Center. Member of the PIMAP Partnership.',
    needs: [marketAccess('US', 'Partners in the United States for Joensuu photonics companies.')],
    exportInterests: [{ country: 'US', application: null }],
  }),
];
