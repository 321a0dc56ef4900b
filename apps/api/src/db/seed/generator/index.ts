export { DEFAULT_SEED, FIRST_FOUNDED_YEAR, LAST_FOUNDED_YEAR, generateOrganization, generateOrganizationBatches } from './organizations';
export { contextFromTerms, inSentence, type BatchOptions, type ContextTerm, type GeneratorContext } from './context';
export { slugForIndex, brandForIndex } from './names';
export { CITIES, COUNTRIES, EXPORT_MARKETS, type City, type CountryInfo } from './geography';
export { Rng, mix32 } from './prng';
