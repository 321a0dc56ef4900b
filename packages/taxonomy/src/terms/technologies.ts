import type { TermDefinition } from '../types';
import { defineFacet, type TermSpec } from './define';
import { communicationAndQuantumSpecs } from './tech-communication-quantum';
import { laserProcessingSpecs } from './tech-laser-processing';
import { lightSourceSpecs } from './tech-light-sources';
import { lightingDisplaySpecs } from './tech-lighting-displays';
import { opticsAndFibreSpecs } from './tech-optics-fibres';
import { organicAndBiophotonicsSpecs } from './tech-organic-biophotonics';
import { picAndDetectorSpecs } from './tech-pics-detectors';
import { sensingAndMetrologySpecs } from './tech-sensing-metrology';

/** Terms retired from the technology facet; each points at the approved term that replaced it. */
const deprecatedTechnologySpecs: readonly TermSpec[] = [
  {
    code: 'tech.optical-sensors',
    parent: null,
    status: 'DEPRECATED',
    replacedBy: 'tech.sensors-imaging',
    labels: {
      en: 'Optical sensors',
      de: 'Optische Sensoren',
      fr: 'Capteurs optiques',
      it: 'Sensori ottici',
    },
    descriptions: {
      en: 'Top-level term of the draft scheme, merged into Sensors and imaging in release 1.0.0.',
      de: 'Oberbegriff des Schemaentwurfs, in Version 1.0.0 in „Sensorik und Bildgebung“ aufgegangen.',
      fr: 'Terme de premier niveau du projet de schéma, fusionné dans « Capteurs et imagerie » dans la version 1.0.0.',
      it: 'Termine di primo livello della bozza dello schema, confluito in «Sensori e imaging» nella versione 1.0.0.',
    },
  },
  {
    code: 'tech.laser-assisted-manufacturing',
    parent: null,
    status: 'DEPRECATED',
    replacedBy: 'tech.laser-processing',
    labels: {
      en: 'Laser-assisted manufacturing',
      de: 'Laserunterstützte Fertigung',
      fr: 'Fabrication assistée par laser',
      it: 'Produzione assistita da laser',
    },
    descriptions: {
      en: 'Top-level term of the draft scheme, merged into Laser processing in release 1.0.0 so that one code covers the same capabilities.',
      de: 'Oberbegriff des Schemaentwurfs, in Version 1.0.0 in „Lasermaterialbearbeitung“ aufgegangen, damit dieselben Kompetenzen nur einen Code haben.',
      fr: 'Terme de premier niveau du projet de schéma, fusionné dans « Traitement des matériaux par laser » dans la version 1.0.0 afin qu’un seul code couvre les mêmes compétences.',
      it: 'Termine di primo livello della bozza dello schema, confluito in «Lavorazione laser» nella versione 1.0.0 perché le stesse competenze abbiano un solo codice.',
    },
  },
];

/** The enabling-technology facet, top terms in display order. */
export const technologyTerms: readonly TermDefinition[] = defineFacet('TECHNOLOGY', [
  ...lightSourceSpecs,
  ...opticsAndFibreSpecs,
  ...picAndDetectorSpecs,
  ...sensingAndMetrologySpecs,
  ...communicationAndQuantumSpecs,
  ...laserProcessingSpecs,
  ...lightingDisplaySpecs,
  ...organicAndBiophotonicsSpecs,
  ...deprecatedTechnologySpecs,
]);
