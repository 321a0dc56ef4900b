import { EU27 } from '../geography/eu27';

/**
 * Countries counted as "elsewhere in Europe" when a value chain has a gap: the EU and EEA members,
 * Switzerland, the United Kingdom and the other countries taking part in the EU Single Market
 * Programme (the programme that funds European cluster partnerships).
 */
export const EUROPEAN_COUNTRIES: readonly string[] = [
  ...EU27,
  // EEA, Switzerland, United Kingdom
  'IS',
  'LI',
  'NO',
  'CH',
  'GB',
  // Other Single Market Programme participants
  'AL',
  'BA',
  'ME',
  'MK',
  'RS',
  'XK',
  'MD',
  'UA',
  'TR',
  'AM',
];
