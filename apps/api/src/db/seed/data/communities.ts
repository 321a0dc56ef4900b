import { A, T } from './codes';
import type { SeedCommunity, SeedLink } from './types';

/** Thematic groups across clusters, tagged with taxonomy terms. */
export const communities: SeedCommunity[] = [
  {
    slug: 'photonics-advanced-manufacturing',
    name: 'Photonics for Advanced Manufacturing',
    description:
      'The community of the PIMAP Partnership: photonics, microwave and advanced-manufacturing clusters ' +
      'matching photonic solutions with industrial applications and taking their SMEs to North America.',
    terms: [T.laserProcessing, T.machineVision, T.metrology, A.manufacturing, A.metalworking, A.aerospace],
    members: ['alpha-rlh', 'triple-steelix', 'produtech', 'business-joensuu', 'optonique', 'arizona-optics-valley'],
  },
  {
    slug: 'organic-printed-electronics',
    name: 'Organic & Printed Electronics',
    description:
      'OLED lighting and displays, organic photovoltaics and printed, flexible electronics: from materials ' +
      'and roll-to-roll processes to products for buildings, lighting and consumer devices.',
    terms: [T.organicElectronics, T.oleds, T.organicPhotovoltaics, A.lighting, A.buildings],
    members: ['organic-electronics-saxony', 'fraunhofer-fep', 'lazio-connect', 'pno-ciaotech'],
  },
  {
    slug: 'photonic-integrated-circuits',
    name: 'Photonic Integrated Circuits',
    description:
      'Design, fabrication, packaging and application of photonic integrated circuits on indium phosphide, ' +
      'silicon and silicon nitride platforms.',
    terms: [T.pics, T.indiumPhosphide, T.siliconPhotonics, T.picPackaging, A.telecom],
    members: ['tue-cobra', 'polimi', 'cnr', 'photonics-bw', 'europe-unlimited'],
  },
  {
    slug: 'sensing-industry-4-0',
    name: 'Sensing for Industry 4.0',
    description:
      'Optical sensors, machine vision and metrology for connected, data-driven production: inline ' +
      'inspection, process monitoring and predictive maintenance.',
    terms: [T.machineVision, T.fibreOpticSensors, T.lidar, T.optical3dMetrology, A.manufacturing],
    members: ['produtech', 'photonics-bw', 'photonics-finland', 'toolas', 'cnr'],
  },
  {
    slug: 'photonics-for-health',
    name: 'Photonics for Health',
    description: 'Biophotonics, medical imaging and optical diagnostics, from research laboratories to clinical use.',
    terms: [T.opticalSpectroscopy, T.imageSensors, A.health],
    members: ['polimi', 'photonics-austria', 'photonics-bretagne', 'cnr', 'optitec'],
  },
  {
    slug: 'microwave-photonics-aerospace',
    name: 'Microwave Photonics & Aerospace',
    description:
      'Microwave and photonic technologies for radar, satellite communication and sensing on aircraft and ' +
      'spacecraft, where electronics and photonics meet.',
    terms: [T.microwavePhotonics, T.fibreOpticSensors, A.aerospace, A.security],
    members: ['alpha-rlh', 'optitec', 'cnr', 'toolas'],
  },
];

/** Bridges between communities and between clusters, requested by `from`, answered by `to`. */
export const links: SeedLink[] = [
  {
    kind: 'COMMUNITY',
    from: 'photonics-advanced-manufacturing',
    to: 'sensing-industry-4-0',
    status: 'ACCEPTED',
    message: 'Inline inspection is where our laser-processing SMEs and your sensor makers meet; let us link the two groups.',
  },
  {
    kind: 'COMMUNITY',
    from: 'photonic-integrated-circuits',
    to: 'photonics-for-health',
    status: 'ACCEPTED',
    message: 'PIC-based biosensors and spectrometers need clinical partners; we propose a joint thread on point-of-care diagnostics.',
  },
  {
    kind: 'COMMUNITY',
    from: 'microwave-photonics-aerospace',
    to: 'photonics-advanced-manufacturing',
    status: 'ACCEPTED',
    message: 'Aerospace manufacturing is a shared target market in North America; linking helps prepare joint missions.',
  },
  {
    kind: 'COMMUNITY',
    from: 'organic-printed-electronics',
    to: 'photonics-for-health',
    status: 'ACCEPTED',
    message: 'Flexible organic photodetectors and OLEDs for wearable health monitoring: would you like to connect?',
  },
  {
    kind: 'COMMUNITY',
    from: 'organic-printed-electronics',
    to: 'photonics-advanced-manufacturing',
    status: 'DECLINED',
    message: 'Roll-to-roll production lines could interest your machine builders.',
  },
  {
    kind: 'CLUSTER',
    from: 'alpha-rlh',
    to: 'optonique',
    status: 'ACCEPTED',
    message: 'Following our memorandum of understanding, we propose to link our clusters on the platform.',
  },
  {
    kind: 'CLUSTER',
    from: 'alpha-rlh',
    to: 'arizona-optics-valley',
    status: 'ACCEPTED',
    message: 'Following our memorandum of understanding, we propose to link our clusters on the platform.',
  },
  {
    kind: 'CLUSTER',
    from: 'photonics-bw',
    to: 'photonics-austria',
    status: 'ACCEPTED',
    message: 'Photonics4Industry partners: linking our member directories for ClusterXchange follow-ups.',
  },
  {
    kind: 'CLUSTER',
    from: 'photonics-bretagne',
    to: 'photonics-finland',
    status: 'ACCEPTED',
    message: 'Photonics4Industry partners: specialty fibres meet Finnish optics; let us connect our members.',
  },
  {
    kind: 'CLUSTER',
    from: 'toolas',
    to: 'photonics-finland',
    status: 'ACCEPTED',
    message: 'Baltic and Nordic photonics: a bridge for our laser companies and your integrators.',
  },
  {
    kind: 'CLUSTER',
    from: 'produtech',
    to: 'optonique',
    status: 'REQUESTED',
    message: 'Portuguese machine builders are looking for Québec vision and sensing suppliers.',
  },
];
