/** The 27 EU member states (ISO 3166-1 alpha-2). */
export const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

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
