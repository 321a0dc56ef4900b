import countries from 'i18n-iso-countries';
import { BadInputError } from '../../graphql/errors';

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

/** Validates ISO 3166-1 alpha-2 codes given as an argument, naming the argument on error. */
export function checkCountryCodes(values: readonly string[], argument: string): string[] {
  for (const value of values) {
    if (!isCountryCode(value)) {
      throw new BadInputError(argument, `"${value.slice(0, 20)}" in "${argument}" is not an ISO 3166-1 alpha-2 country code (e.g. "DE").`);
    }
  }
  return [...values];
}

export function countryName(code: string, lang: string): string {
  return countries.getName(code, lang) ?? countries.getName(code, 'en') ?? code;
}
