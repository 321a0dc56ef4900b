export { EU27 } from '../../../modules/geography/eu27';

/** Countries associated to Horizon Europe (a subset: those with photonics clusters on the platform or nearby). */
export const HORIZON_ASSOCIATED = [
  'NO',
  'IS',
  'CH',
  'GB',
  'IL',
  'TR',
  'UA',
  'RS',
  'ME',
  'MK',
  'AL',
  'BA',
  'MD',
  'GE',
  'AM',
  'TN',
  'FO',
  'NZ',
  'CA',
] as const;

/** Non-EU countries taking part in the Single Market Programme's SME strand (a subset). */
export const SMP_PARTICIPATING = ['NO', 'IS', 'UA', 'RS', 'ME', 'MK', 'AL', 'BA', 'MD', 'TR', 'AM'] as const;

/** Non-EU Eurostars-3 participating and partner countries (a subset). */
export const EUROSTARS_PARTNERS = ['NO', 'IS', 'CH', 'GB', 'IL', 'TR', 'CA', 'KR', 'SG', 'ZA'] as const;
