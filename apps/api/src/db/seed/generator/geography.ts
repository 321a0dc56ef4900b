/**
 * Where synthetic organisations are placed: country weights that follow the shape of the
 * European photonics industry (Germany far ahead, then France, the UK, Italy, the Netherlands,
 * Switzerland, Spain ...), plus a few North American entries; and real cities with their
 * NUTS 2 (2021) region and coordinates. Regions are null outside the EU.
 */

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** NUTS 2 (2021), null outside the EU. */
  region: string | null;
  latitude: number;
  longitude: number;
  /** Relative weight within its country (photonics activity, not population). */
  weight: number;
}

export interface CountryInfo {
  code: string;
  name: string;
  /** Relative share of synthetic organisations. */
  weight: number;
  /** Legal forms for companies, most common first. */
  legalForms: readonly string[];
}

export const COUNTRIES: readonly CountryInfo[] = [
  { code: 'DE', name: 'Germany', weight: 24, legalForms: ['GmbH', 'GmbH & Co. KG', 'AG'] },
  { code: 'FR', name: 'France', weight: 11, legalForms: ['SAS', 'SARL', 'SA'] },
  { code: 'IT', name: 'Italy', weight: 8, legalForms: ['S.r.l.', 'S.p.A.'] },
  { code: 'NL', name: 'the Netherlands', weight: 6, legalForms: ['B.V.'] },
  { code: 'GB', name: 'the United Kingdom', weight: 8, legalForms: ['Ltd'] },
  { code: 'FI', name: 'Finland', weight: 4, legalForms: ['Oy'] },
  { code: 'AT', name: 'Austria', weight: 3, legalForms: ['GmbH'] },
  { code: 'LT', name: 'Lithuania', weight: 3, legalForms: ['UAB'] },
  { code: 'PT', name: 'Portugal', weight: 2, legalForms: ['Lda.', 'S.A.'] },
  { code: 'BE', name: 'Belgium', weight: 3, legalForms: ['BV', 'SRL'] },
  { code: 'ES', name: 'Spain', weight: 5, legalForms: ['S.L.', 'S.A.'] },
  { code: 'SE', name: 'Sweden', weight: 4, legalForms: ['AB'] },
  { code: 'DK', name: 'Denmark', weight: 3, legalForms: ['ApS', 'A/S'] },
  { code: 'PL', name: 'Poland', weight: 3, legalForms: ['Sp. z o.o.'] },
  { code: 'CH', name: 'Switzerland', weight: 5, legalForms: ['AG', 'GmbH', 'SA'] },
  { code: 'IE', name: 'Ireland', weight: 2, legalForms: ['Ltd'] },
  { code: 'US', name: 'the United States', weight: 3, legalForms: ['Inc.', 'LLC'] },
  { code: 'CA', name: 'Canada', weight: 2, legalForms: ['Inc.'] },
];

const c = (name: string, country: string, region: string | null, latitude: number, longitude: number, weight: number): City => ({
  name,
  country,
  region,
  latitude,
  longitude,
  weight,
});

export const CITIES: readonly City[] = [
  // Germany
  c('Munich', 'DE', 'DE21', 48.1351, 11.582, 5),
  c('Jena', 'DE', 'DEG0', 50.9271, 11.5892, 4),
  c('Berlin', 'DE', 'DE30', 52.52, 13.405, 4),
  c('Stuttgart', 'DE', 'DE11', 48.7758, 9.1829, 3),
  c('Aalen', 'DE', 'DE11', 48.8378, 10.0933, 1),
  c('Karlsruhe', 'DE', 'DE12', 49.0069, 8.4037, 2),
  c('Heidelberg', 'DE', 'DE12', 49.3988, 8.6724, 1),
  c('Ulm', 'DE', 'DE14', 48.4011, 9.9876, 1),
  c('Freiburg im Breisgau', 'DE', 'DE13', 47.999, 7.8421, 1),
  c('Aachen', 'DE', 'DEA2', 50.7753, 6.0839, 2),
  c('Dresden', 'DE', 'DED2', 51.0504, 13.7373, 3),
  c('Hanover', 'DE', 'DE92', 52.3759, 9.732, 2),
  c('Erlangen', 'DE', 'DE25', 49.5897, 11.0078, 2),
  c('Göttingen', 'DE', 'DE91', 51.5413, 9.9158, 1),
  c('Wetzlar', 'DE', 'DE72', 50.5558, 8.5047, 1),
  c('Hamburg', 'DE', 'DE60', 53.5511, 9.9937, 2),
  c('Rostock', 'DE', 'DE80', 54.0924, 12.0991, 1),
  c('Darmstadt', 'DE', 'DE71', 49.8728, 8.6512, 1),
  c('Düsseldorf', 'DE', 'DEA1', 51.2277, 6.7735, 1),
  // France
  c('Paris', 'FR', 'FR10', 48.8566, 2.3522, 4),
  c('Palaiseau', 'FR', 'FR10', 48.7145, 2.2457, 2),
  c('Lannion', 'FR', 'FRH0', 48.7326, -3.4566, 2),
  c('Rennes', 'FR', 'FRH0', 48.1173, -1.6778, 1),
  c('Brest', 'FR', 'FRH0', 48.3904, -4.4861, 1),
  c('Bordeaux', 'FR', 'FRI1', 44.8378, -0.5792, 2),
  c('Limoges', 'FR', 'FRI2', 45.8336, 1.2611, 1),
  c('Marseille', 'FR', 'FRL0', 43.2965, 5.3698, 2),
  c('Nice', 'FR', 'FRL0', 43.7102, 7.262, 1),
  c('Grenoble', 'FR', 'FRK2', 45.1885, 5.7245, 2),
  c('Lyon', 'FR', 'FRK2', 45.764, 4.8357, 2),
  c('Toulouse', 'FR', 'FRJ2', 43.6047, 1.4442, 2),
  c('Strasbourg', 'FR', 'FRF1', 48.5734, 7.7521, 1),
  c('Lille', 'FR', 'FRE1', 50.6292, 3.0573, 1),
  // Italy
  c('Milan', 'IT', 'ITC4', 45.4642, 9.19, 4),
  c('Rome', 'IT', 'ITI4', 41.9028, 12.4964, 3),
  c('Florence', 'IT', 'ITI1', 43.7696, 11.2558, 2),
  c('Pisa', 'IT', 'ITI1', 43.7228, 10.4017, 1),
  c('Turin', 'IT', 'ITC1', 45.0703, 7.6869, 2),
  c('Bologna', 'IT', 'ITH5', 44.4949, 11.3426, 2),
  c('Naples', 'IT', 'ITF3', 40.8518, 14.2681, 1),
  c('Padua', 'IT', 'ITH3', 45.4064, 11.8768, 1),
  c('Bari', 'IT', 'ITF4', 41.1171, 16.8719, 1),
  c('Trieste', 'IT', 'ITH4', 45.6495, 13.7768, 1),
  // Netherlands
  c('Eindhoven', 'NL', 'NL41', 51.4416, 5.4697, 4),
  c('Delft', 'NL', 'NL33', 52.0116, 4.3571, 2),
  c('Enschede', 'NL', 'NL21', 52.2215, 6.8937, 2),
  c('Amsterdam', 'NL', 'NL32', 52.3676, 4.9041, 2),
  c('Utrecht', 'NL', 'NL31', 52.0907, 5.1214, 1),
  c('Nijmegen', 'NL', 'NL22', 51.8126, 5.8372, 1),
  c('Groningen', 'NL', 'NL11', 53.2194, 6.5665, 1),
  c('Assen', 'NL', 'NL13', 52.9925, 6.5649, 1),
  // United Kingdom (outside the EU: no NUTS region)
  c('London', 'GB', null, 51.5074, -0.1278, 3),
  c('Southampton', 'GB', null, 50.9097, -1.4044, 2),
  c('Glasgow', 'GB', null, 55.8642, -4.2518, 2),
  c('Edinburgh', 'GB', null, 55.9533, -3.1883, 1),
  c('Cambridge', 'GB', null, 52.2053, 0.1218, 2),
  c('Sheffield', 'GB', null, 53.3811, -1.4701, 1),
  // Finland
  c('Helsinki', 'FI', 'FI1B', 60.1699, 24.9384, 2),
  c('Espoo', 'FI', 'FI1B', 60.2055, 24.6559, 2),
  c('Tampere', 'FI', 'FI19', 61.4978, 23.761, 2),
  c('Joensuu', 'FI', 'FI1D', 62.601, 29.7636, 2),
  c('Oulu', 'FI', 'FI1D', 65.0121, 25.4651, 1),
  c('Turku', 'FI', 'FI1C', 60.4518, 22.2666, 1),
  // Austria
  c('Vienna', 'AT', 'AT13', 48.2082, 16.3738, 3),
  c('Graz', 'AT', 'AT22', 47.0707, 15.4395, 2),
  c('Innsbruck', 'AT', 'AT33', 47.2692, 11.4041, 1),
  c('Linz', 'AT', 'AT31', 48.3069, 14.2858, 1),
  c('Villach', 'AT', 'AT21', 46.6111, 13.8558, 1),
  // Lithuania
  c('Vilnius', 'LT', 'LT01', 54.6872, 25.2797, 5),
  c('Kaunas', 'LT', 'LT02', 54.8985, 23.9036, 1),
  // Portugal
  c('Porto', 'PT', 'PT11', 41.1579, -8.6291, 2),
  c('Braga', 'PT', 'PT11', 41.5454, -8.4265, 1),
  c('Aveiro', 'PT', 'PT16', 40.6405, -8.6538, 1),
  c('Lisbon', 'PT', 'PT17', 38.7223, -9.1393, 2),
  // Belgium
  c('Brussels', 'BE', 'BE10', 50.8503, 4.3517, 2),
  c('Ghent', 'BE', 'BE23', 51.0543, 3.7174, 2),
  c('Leuven', 'BE', 'BE24', 50.8798, 4.7005, 2),
  c('Liège', 'BE', 'BE33', 50.6326, 5.5797, 1),
  c('Mons', 'BE', 'BE32', 50.4542, 3.9567, 1),
  // Spain
  c('Madrid', 'ES', 'ES30', 40.4168, -3.7038, 3),
  c('Barcelona', 'ES', 'ES51', 41.3874, 2.1686, 3),
  c('Valencia', 'ES', 'ES52', 39.4699, -0.3763, 1),
  c('San Sebastián', 'ES', 'ES21', 43.3183, -1.9812, 1),
  c('Málaga', 'ES', 'ES61', 36.7213, -4.4214, 1),
  // Sweden
  c('Stockholm', 'SE', 'SE11', 59.3293, 18.0686, 3),
  c('Gothenburg', 'SE', 'SE23', 57.7089, 11.9746, 2),
  c('Lund', 'SE', 'SE22', 55.7047, 13.191, 2),
  c('Linköping', 'SE', 'SE12', 58.4108, 15.6214, 1),
  c('Borlänge', 'SE', 'SE31', 60.4858, 15.4371, 1),
  // Denmark
  c('Copenhagen', 'DK', 'DK01', 55.6761, 12.5683, 3),
  c('Kongens Lyngby', 'DK', 'DK01', 55.7704, 12.5038, 1),
  c('Aarhus', 'DK', 'DK04', 56.1629, 10.2039, 1),
  c('Odense', 'DK', 'DK03', 55.4038, 10.4024, 1),
  // Poland
  c('Warsaw', 'PL', 'PL91', 52.2297, 21.0122, 3),
  c('Wrocław', 'PL', 'PL51', 51.1079, 17.0385, 2),
  c('Kraków', 'PL', 'PL21', 50.0647, 19.945, 1),
  c('Gdańsk', 'PL', 'PL63', 54.352, 18.6466, 1),
  c('Lublin', 'PL', 'PL81', 51.2465, 22.5684, 1),
  // Switzerland (outside the EU: no NUTS region)
  c('Zurich', 'CH', null, 47.3769, 8.5417, 3),
  c('Lausanne', 'CH', null, 46.5197, 6.6323, 2),
  c('Neuchâtel', 'CH', null, 46.99, 6.9293, 1),
  c('Bern', 'CH', null, 46.948, 7.4474, 1),
  // Ireland
  c('Dublin', 'IE', 'IE06', 53.3498, -6.2603, 2),
  c('Cork', 'IE', 'IE05', 51.8985, -8.4756, 2),
  c('Galway', 'IE', 'IE04', 53.2707, -9.0568, 1),
  // United States
  c('Rochester', 'US', null, 43.1566, -77.6088, 2),
  c('Tucson', 'US', null, 32.2226, -110.9747, 2),
  c('Boston', 'US', null, 42.3601, -71.0589, 1),
  c('San Jose', 'US', null, 37.3382, -121.8863, 1),
  c('Orlando', 'US', null, 28.5383, -81.3792, 1),
  // Canada
  c('Québec City', 'CA', null, 46.8139, -71.208, 2),
  c('Ottawa', 'CA', null, 45.4215, -75.6972, 2),
  c('Montréal', 'CA', null, 45.5017, -73.5673, 1),
  c('Toronto', 'CA', null, 43.6532, -79.3832, 1),
];

/** Third countries that European photonics SMEs most often target, with relative weights. */
export const EXPORT_MARKETS: readonly { code: string; name: string; weight: number }[] = [
  { code: 'US', name: 'the United States', weight: 30 },
  { code: 'CA', name: 'Canada', weight: 10 },
  { code: 'CN', name: 'China', weight: 10 },
  { code: 'JP', name: 'Japan', weight: 10 },
  { code: 'KR', name: 'South Korea', weight: 6 },
  { code: 'IN', name: 'India', weight: 6 },
  { code: 'SG', name: 'Singapore', weight: 5 },
  { code: 'TW', name: 'Taiwan', weight: 4 },
  { code: 'IL', name: 'Israel', weight: 3 },
  { code: 'BR', name: 'Brazil', weight: 3 },
  { code: 'AE', name: 'the United Arab Emirates', weight: 3 },
  { code: 'AU', name: 'Australia', weight: 3 },
];
