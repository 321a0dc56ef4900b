import type { SchemeRelease } from './types';

/** Published releases of the scheme, oldest first. A release freezes its set of approved terms. */
export const schemeReleases: readonly SchemeRelease[] = [
  {
    version: '1.0.0',
    publishedOn: '2026-11-24',
    notes:
      'First release: enabling technologies, application areas and the six value-chain stages in English, German, French and Italian, with crosswalks to NACE Rev. 2 and the EU Key Enabling Technologies. The draft top-level terms "Optical sensors" and "Laser-assisted manufacturing" are deprecated in favour of "Sensors and imaging" and "Laser processing".',
  },
];

/** The most recent release. */
export function currentRelease(): SchemeRelease {
  const latest = schemeReleases[schemeReleases.length - 1];
  if (latest === undefined) throw new Error('The scheme has no release');
  return latest;
}
