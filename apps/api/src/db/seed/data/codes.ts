/**
 * The taxonomy codes the real dataset uses, in one place. Data files refer to `T.*`, `A.*` and
 * `S.*` rather than to string literals, so a renamed term is a one-line change here; the unit
 * tests check every code against `@lightbridge/taxonomy` and its facet.
 */

/** Enabling technologies (facet TECHNOLOGY). */
export const T = {
  lasers: 'tech.lasers',
  fibreLasers: 'tech.fibre-lasers',
  diodeLasers: 'tech.diode-lasers',
  ultrafastLasers: 'tech.ultrafast-lasers',
  quantumCascadeLasers: 'tech.quantum-cascade-lasers',
  leds: 'tech.leds',
  precisionOptics: 'tech.precision-optics',
  opticalCoatings: 'tech.optical-coatings',
  microOptics: 'tech.micro-optics',
  specialtyFibres: 'tech.specialty-fibres',
  fibreComponents: 'tech.fibre-components',
  pics: 'tech.photonic-integrated-circuits',
  siliconPhotonics: 'tech.silicon-photonics',
  indiumPhosphide: 'tech.indium-phosphide-photonics',
  picPackaging: 'tech.pic-packaging',
  photonicDesign: 'tech.photonic-design-automation',
  imageSensors: 'tech.image-sensors',
  infraredDetectors: 'tech.infrared-detectors',
  fibreOpticSensors: 'tech.fibre-optic-sensors',
  lidar: 'tech.lidar',
  machineVision: 'tech.machine-vision',
  spectralImaging: 'tech.spectral-imaging',
  opticalSpectroscopy: 'tech.optical-spectroscopy',
  opticalGasSensing: 'tech.optical-gas-sensing',
  metrology: 'tech.metrology',
  optical3dMetrology: 'tech.optical-3d-metrology',
  organicElectronics: 'tech.organic-printed-electronics',
  oleds: 'tech.oleds',
  organicPhotovoltaics: 'tech.organic-photovoltaics',
  microwavePhotonics: 'tech.microwave-photonics',
  laserProcessing: 'tech.laser-processing',
  laserAdditive: 'tech.laser-additive-manufacturing',
  laserWelding: 'tech.laser-welding',
} as const;

/** Application areas (facet APPLICATION). */
export const A = {
  manufacturing: 'app.advanced-manufacturing',
  metalworking: 'app.metalworking',
  health: 'app.health-life-science',
  automotive: 'app.automotive-mobility',
  aerospace: 'app.aerospace',
  agrifood: 'app.agri-food',
  telecom: 'app.telecom-datacom',
  energy: 'app.energy-lighting',
  energyInfrastructure: 'app.energy-infrastructure',
  lighting: 'app.general-lighting',
  buildings: 'app.smart-buildings',
  dataCentres: 'app.data-centres',
  qualityInspection: 'app.quality-inspection',
  industry40: 'app.industry-4-0',
  security: 'app.security-defence',
  environment: 'app.environment',
  entertainment: 'app.entertainment-media',
  consumer: 'app.consumer-electronics',
} as const;

/** Value-chain stages (facet STAGE), in order. */
export const S = {
  materials: 'stage.materials',
  components: 'stage.components',
  modules: 'stage.modules-subsystems',
  systems: 'stage.systems-equipment',
  integration: 'stage.integration-services',
  endUse: 'stage.end-use',
} as const;

/** The six stages in value-chain order. */
export const STAGE_ORDER = [S.materials, S.components, S.modules, S.systems, S.integration, S.endUse] as const;
