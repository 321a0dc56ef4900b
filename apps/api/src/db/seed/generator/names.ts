import { mix32 } from './prng';

/**
 * Brand names are built from syllables drawn from a hash of the organisation index alone, so a
 * slug can be computed from the index without generating the organisation (`slugForIndex`) and
 * is the same whatever the seed. Everything else about an organisation depends on the seed.
 */

const ONSETS = [
  'lu',
  'pho',
  've',
  'ra',
  'ne',
  'qua',
  'syl',
  'o',
  'ly',
  'te',
  'mi',
  'ze',
  'ar',
  'ko',
  'si',
  'xa',
  'ni',
  'tri',
  'ca',
  'spe',
  'bri',
  'ha',
  'op',
  'lam',
  'ki',
  'fo',
  'de',
  'pri',
  'sca',
  'el',
  'vi',
  'to',
  'chro',
  'ga',
  'pe',
  'ru',
] as const;
const MIDDLES = ['mi', 'to', 'la', 'ne', 'ri', 'va', 'ta', 'ro', 'ci', 'lo', 'de', 'xi', 'na', 'se', 'ti', 'mo'] as const;
const CODAS = [
  'x',
  'tron',
  'lux',
  'ra',
  'nix',
  'tek',
  'via',
  'on',
  'ex',
  'is',
  'ar',
  'ica',
  'onix',
  'ora',
  'ent',
  'os',
  'um',
  'ia',
  'eon',
  'yx',
  'io',
  'an',
  'el',
  'ix',
] as const;

function part(list: readonly string[], bits: number): string {
  return list[bits % list.length] as string;
}

/** Lower-case brand for an index, 2 or 3 syllables, letters only. */
export function brandForIndex(index: number): string {
  const h1 = mix32((index >>> 0) ^ 0x5bd1e995);
  const h2 = mix32(h1 ^ Math.floor(index / 0x100000000));
  const onset = part(ONSETS, h1 & 0xffff);
  const coda = part(CODAS, h1 >>> 16);
  const middle = (h2 & 3) === 0 ? '' : part(MIDDLES, h2 >>> 8);
  return onset + middle + coda;
}

/**
 * Slug of generated organisation `index`: brand, a hyphen, then the index in decimal. The
 * index suffix makes slugs unique; real organisations' slugs never end in `-<digits>`, so the
 * two sets cannot collide.
 */
export function slugForIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`index must be a non-negative safe integer, got ${index}`);
  }
  return `${brandForIndex(index)}-${index}`;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The photonics-flavoured word that follows the brand, chosen from the organisation's main
 * technology when its code suggests one.
 */
const WORDS_BY_KEYWORD: readonly [RegExp, readonly string[]][] = [
  [
    /\b(laser-(cutting|welding|marking|micromachining|drilling|cleaning|hardening|surface)|laser-processing|additive|powder|deposition)/,
    ['Laser Processing', 'Lasertech', 'Laser Systems'],
  ],
  [/\b(lasers?|light-sources|vcsels|sources|frequency-conversion)\b/, ['Lasers', 'Laser Technologies', 'Photonics']],
  [
    /\b(photonic-integrated|pic|silicon-photonics|indium|silicon-nitride|lithium-niobate|heterogeneous)/,
    ['Integrated Photonics', 'PIC Design', 'Photonic Circuits'],
  ],
  [
    /\b(organic|printed|printing|roll-to-roll|flexible|thin-film-encapsulation)/,
    ['Printed Electronics', 'Organic Devices', 'Flexible Electronics'],
  ],
  [/\b(fibres?|fibre-optic)\b/, ['Fibre Optics', 'Fibre Technologies', 'Fiberlink']],
  [/\b(imaging|image|camera|vision|spectral|microscopy|tomography|endoscopy)/, ['Imaging', 'Vision Systems', 'Spectral Imaging']],
  [
    /\b(sensing|sensors?|detectors?|photodiodes|lidar|bolometers|microbolometers|spectroscopy)\b/,
    ['Sensing', 'Sensor Systems', 'Optical Sensors'],
  ],
  [/\b(microwave|radio|rf|terahertz|beamforming|oscillators)/, ['RF Photonics', 'Microwave Photonics', 'Radio-over-Fibre']],
  [
    /\b(metrology|interferometry|trackers|radiometry|test-equipment|frequency-combs)/,
    ['Metrology', 'Optical Metrology', 'Measurement Systems'],
  ],
  [/\b(displays?|lighting|leds?|lcd)\b/, ['Lighting', 'Solid-State Lighting', 'Display Technologies']],
  [/\b(optics|optical|coatings|lenses|components)\b/, ['Optics', 'Precision Optics', 'Optical Coatings']],
];
const GENERIC_WORDS = ['Photonics', 'Optics', 'Optronics', 'Lightworks', 'Optoelectronics'] as const;

export function wordsForTechnology(code: string | undefined): readonly string[] {
  if (code !== undefined) {
    for (const [pattern, words] of WORDS_BY_KEYWORD) if (pattern.test(code)) return words;
  }
  return GENERIC_WORDS;
}

/** A readable label from a term code when the caller gave none: `tech.optical-fibres` → `optical fibres`. */
export function labelFromCode(code: string): string {
  const last = code.slice(code.lastIndexOf('.') + 1);
  return last.replace(/-/g, ' ');
}
