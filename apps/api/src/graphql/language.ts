import { registerEnumType } from 'type-graphql';

export enum Language {
  EN = 'en',
  DE = 'de',
  FR = 'fr',
  IT = 'it',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the interface and of the classification labels.',
  valuesConfig: {
    EN: { description: 'English' },
    DE: { description: 'German' },
    FR: { description: 'French' },
    IT: { description: 'Italian' },
  },
});
