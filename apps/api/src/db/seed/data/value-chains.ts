import { A, S, T } from './codes';
import type { SeedValueChain, SeedValueChainStage } from './types';

/** The six stages in order, each with what it means in the chain. */
function stages(
  materials: string,
  components: string,
  modules: string,
  systems: string,
  integration: string,
  endUse: string,
): SeedValueChainStage[] {
  return [
    { stage: S.materials, label: materials },
    { stage: S.components, label: components },
    { stage: S.modules, label: modules },
    { stage: S.systems, label: systems },
    { stage: S.integration, label: integration },
    { stage: S.endUse, label: endUse },
  ];
}

/**
 * Value chains of the kind PIMAP set out to define: where photonics and advanced manufacturing
 * technologies meet industrial applications.
 */
export const valueChains: SeedValueChain[] = [
  {
    slug: 'laser-quality-inspection-automotive',
    name: 'Laser-based quality inspection for automotive',
    description:
      'Laser triangulation, 3D metrology and machine vision that check parts and assemblies inline, from ' +
      'body-in-white gaps to weld seams and paint defects.',
    application: A.automotive,
    technology: T.optical3dMetrology,
    stages: stages(
      'Laser diodes, optical glass and image-sensor wafers',
      'Laser line projectors, lenses, filters and image sensors',
      '3D sensor heads and smart cameras',
      'Inline inspection cells and measuring robots',
      'Line integration, calibration and quality-data analytics',
      'Car makers and tier-1 suppliers',
    ),
  },
  {
    slug: 'pic-datacom',
    name: 'Photonic integrated circuits for datacom',
    description:
      'Indium phosphide and silicon photonic chips that carry data inside and between data centres, made ' +
      'through open foundry platforms and packaged into transceivers.',
    application: A.dataCentres,
    technology: T.pics,
    stages: stages(
      'InP and silicon-on-insulator wafers, epitaxy',
      'PIC chips from foundry and multi-project wafer runs',
      'Packaged optical engines and pluggable transceivers',
      'Switches, routers and line cards',
      'Data-centre network design and deployment',
      'Cloud, telecom and high-performance computing operators',
    ),
  },
  {
    slug: 'oled-lighting-buildings',
    name: 'OLED lighting for buildings',
    description:
      'Thin, glare-free OLED light sources built into luminaires, furniture and façades for offices, ' + 'public buildings and homes.',
    application: A.buildings,
    technology: T.oleds,
    stages: stages(
      'Organic semiconductors, barrier films and substrates',
      'OLED panels on glass or flexible foil',
      'OLED light engines with drivers',
      'Luminaires and smart lighting systems',
      'Architectural lighting design and installation',
      'Building owners and facility managers',
    ),
  },
  {
    slug: 'microwave-photonic-sensing-aerospace',
    name: 'Microwave and photonic sensing for aerospace',
    description:
      'Microwave photonics, fibre-optic sensors and radar front ends for aircraft and spacecraft, combining ' +
      'the photonics and microwave strengths of the PIMAP clusters.',
    application: A.aerospace,
    technology: T.microwavePhotonics,
    stages: stages(
      'Semiconductor, fibre and ceramic materials',
      'Modulators, photodiodes, fibre Bragg gratings and RF components',
      'Radio-over-fibre links and sensor interrogators',
      'Radar, antenna and structural-health-monitoring systems',
      'Qualification and integration on aircraft and satellites',
      'Aircraft makers, space agencies and operators',
    ),
  },
  {
    slug: 'laser-additive-metalworking',
    name: 'Laser additive manufacturing for metalworking',
    description:
      'Laser powder-bed fusion and laser metal deposition for tools, spare parts and repairs, joining the ' +
      'laser industry with steel and metalworking clusters.',
    application: A.metalworking,
    technology: T.laserAdditive,
    stages: stages(
      'Metal powders and wire feedstock',
      'Fibre and diode lasers, scanners and optics',
      'Process heads with melt-pool monitoring',
      'Additive manufacturing machines',
      'Process qualification, post-processing and digital workflows',
      'Tool makers, steel and metalworking companies',
    ),
  },
  {
    slug: 'fibre-sensing-energy-infrastructure',
    name: 'Fibre-optic sensing for energy infrastructure',
    description:
      'Distributed and grating-based fibre sensors that watch temperature and strain along cables, pipelines ' + 'and wind turbines.',
    application: A.energyInfrastructure,
    technology: T.fibreOpticSensors,
    stages: stages(
      'Specialty glass and coatings',
      'Specialty fibres and fibre Bragg gratings',
      'Interrogators and sensing cables',
      'Monitoring systems with software',
      'Installation and asset-management services',
      'Grid, pipeline and wind-farm operators',
    ),
  },
];
