import { allTerms } from '../../../../../packages/taxonomy/src';
import { realClusters } from '../../../src/db/seed/data';
import { contextFromTerms, type GeneratorContext } from '../../../src/db/seed/generator';

/** Every ISO 3166-1 alpha-2 code (249 officially assigned). */
export const ISO_ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV ' +
    'BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ' +
    'ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE ' +
    'IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU ' +
    'NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM ' +
    'SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE ' +
    'VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** EU member states; only these carry a NUTS 2 region, whose code starts with the country code. */
export const EU_MEMBERS = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

export const NUTS2 = /^[A-Z]{2}[0-9A-Z]{2}$/;

export type Facet = 'TECHNOLOGY' | 'APPLICATION' | 'STAGE';

export const termsByCode = new Map(allTerms.map((term) => [term.code, term]));

/** Codes that are missing from the taxonomy, deprecated, or of another facet. */
export function badCodes(codes: Iterable<string>, facet: Facet): string[] {
  const bad = new Set<string>();
  for (const code of codes) {
    const term = termsByCode.get(code);
    if (term === undefined || term.facet !== facet || term.status === 'DEPRECATED') bad.add(code);
  }
  return [...bad].sort();
}

/** The context the seed script is expected to build: the real taxonomy and the real clusters. */
export const context: GeneratorContext = contextFromTerms(allTerms, realClusters);
