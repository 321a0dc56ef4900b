import { Arg, Field, ObjectType } from 'type-graphql';
import { Language } from '../../graphql/language';
import { countryName } from './country-codes';

@ObjectType({ description: 'A country.' })
export class Country {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "DE".' })
  code!: string;

  @Field(() => String, { description: 'The name of the country in one language.' })
  name(@Arg('lang', () => Language, { defaultValue: Language.EN, description: 'Language of the name.' }) lang: Language): string {
    return countryName(this.code, lang);
  }
}

export function toCountry(code: string): Country {
  return Object.assign(new Country(), { code });
}
