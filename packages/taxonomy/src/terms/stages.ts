import type { TermDefinition } from '../types';
import { defineFacet } from './define';

/**
 * The value-chain stages: a flat list whose positions (1..6) give the order in which value is
 * added, from materials to end use.
 */
export const stageTerms: readonly TermDefinition[] = defineFacet('STAGE', [
  {
    code: 'stage.materials',
    parent: null,
    labels: { en: 'Materials', de: 'Werkstoffe', fr: 'Matériaux', it: 'Materiali' },
    descriptions: {
      en: 'Supply of raw and engineered materials, such as optical glass, crystals, semiconductor wafers, polymers, inks and specialty chemicals.',
      de: 'Bereitstellung von Roh- und Funktionswerkstoffen wie optischem Glas, Kristallen, Halbleiterwafern, Polymeren, Tinten und Spezialchemikalien.',
      fr: 'Fourniture de matériaux bruts et élaborés, tels que verres optiques, cristaux, plaquettes semi-conductrices, polymères, encres et produits chimiques de spécialité.',
      it: 'Fornitura di materiali grezzi e ingegnerizzati, come vetri ottici, cristalli, wafer di semiconduttore, polimeri, inchiostri e prodotti chimici speciali.',
    },
    synonyms: ['raw materials', 'substrates', 'Materialien', 'matières premières', 'materie prime'],
  },
  {
    code: 'stage.components',
    parent: null,
    labels: { en: 'Components', de: 'Komponenten', fr: 'Composants', it: 'Componenti' },
    descriptions: {
      en: 'Individual optical, optoelectronic and electronic parts, such as lenses, laser diodes, detectors, fibres and photonic chips.',
      de: 'Einzelne optische, optoelektronische und elektronische Bauteile wie Linsen, Laserdioden, Detektoren, Fasern und photonische Chips.',
      fr: 'Pièces optiques, optoélectroniques et électroniques unitaires, telles que lentilles, diodes laser, détecteurs, fibres et puces photoniques.',
      it: 'Singole parti ottiche, optoelettroniche ed elettroniche, come lenti, diodi laser, rivelatori, fibre e chip fotonici.',
    },
    synonyms: ['parts', 'devices', 'Bauelemente', 'componentistica'],
  },
  {
    code: 'stage.modules-subsystems',
    parent: null,
    labels: {
      en: 'Modules and subsystems',
      de: 'Module und Subsysteme',
      fr: 'Modules et sous-systèmes',
      it: 'Moduli e sottosistemi',
    },
    descriptions: {
      en: 'Assemblies that combine components into a working function, such as laser sources, camera modules, transceivers and scan heads.',
      de: 'Baugruppen, die Komponenten zu einer funktionsfähigen Einheit verbinden, etwa Laserquellen, Kameramodule, Transceiver und Scanköpfe.',
      fr: 'Ensembles qui associent des composants en une fonction opérationnelle, comme les sources laser, modules caméra, émetteurs-récepteurs et têtes de balayage.',
      it: 'Assiemi che combinano componenti in una funzione operativa, come sorgenti laser, moduli fotocamera, ricetrasmettitori e teste di scansione.',
    },
    synonyms: ['modules', 'subsystems', 'sub-assemblies', 'Baugruppen', 'sous-ensembles'],
  },
  {
    code: 'stage.systems-equipment',
    parent: null,
    labels: {
      en: 'Systems and equipment',
      de: 'Systeme und Anlagen',
      fr: 'Systèmes et équipements',
      it: 'Sistemi e apparecchiature',
    },
    descriptions: {
      en: 'Complete machines and instruments ready for use, such as laser machine tools, inspection systems, microscopes and network equipment.',
      de: 'Vollständige, einsatzbereite Maschinen und Geräte wie Laserwerkzeugmaschinen, Prüfsysteme, Mikroskope und Netzausrüstung.',
      fr: 'Machines et instruments complets prêts à l’emploi, tels que machines-outils laser, systèmes d’inspection, microscopes et équipements de réseau.',
      it: 'Macchine e strumenti completi pronti all’uso, come macchine utensili laser, sistemi di ispezione, microscopi e apparati di rete.',
    },
    synonyms: ['systems', 'equipment', 'machines', 'instruments', 'Anlagenbau'],
  },
  {
    code: 'stage.integration-services',
    parent: null,
    labels: {
      en: 'Integration and services',
      de: 'Integration und Dienstleistungen',
      fr: 'Intégration et services',
      it: 'Integrazione e servizi',
    },
    descriptions: {
      en: 'Integration of systems into customer processes, engineering, testing, certification, training, maintenance and contract research.',
      de: 'Integration von Systemen in Kundenprozesse, Engineering, Prüfung, Zertifizierung, Schulung, Wartung und Auftragsforschung.',
      fr: 'Intégration de systèmes dans les procédés des clients, ingénierie, essais, certification, formation, maintenance et recherche sous contrat.',
      it: 'Integrazione dei sistemi nei processi dei clienti, ingegneria, prove, certificazione, formazione, manutenzione e ricerca su commessa.',
    },
    synonyms: ['system integration', 'services', 'engineering services', 'Systemintegration', 'intégrateurs', 'integratori di sistemi'],
  },
  {
    code: 'stage.end-use',
    parent: null,
    labels: { en: 'End use', de: 'Endanwendung', fr: 'Utilisation finale', it: 'Uso finale' },
    descriptions: {
      en: 'Organisations that operate photonics-enabled products and systems in their own production, services or infrastructure.',
      de: 'Organisationen, die photonikbasierte Produkte und Systeme in ihrer eigenen Produktion, ihren Dienstleistungen oder ihrer Infrastruktur betreiben.',
      fr: 'Organisations qui exploitent des produits et systèmes intégrant la photonique dans leur propre production, leurs services ou leurs infrastructures.',
      it: 'Organizzazioni che impiegano prodotti e sistemi basati sulla fotonica nella propria produzione, nei propri servizi o nelle proprie infrastrutture.',
    },
    synonyms: ['end users', 'users', 'operators', 'Anwender', 'utilisateurs finaux', 'utilizzatori finali'],
  },
]);
