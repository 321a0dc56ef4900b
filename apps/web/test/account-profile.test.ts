import type { EditableProfile } from '../src/features/account/organizations/edit-organization.queries';
import { draftOf, profileChanges, validateProfile } from '../src/features/account/organizations/profile';

const profile: EditableProfile = {
  id: 'T3JnOjE',
  version: 4,
  name: 'Optics SARL',
  description: 'Lenses.',
  website: null,
  country: 'FR',
  region: 'FRH0',
  city: 'Lannion',
  sizeBand: 'SMALL',
  foundedYear: 1999,
};

describe('organization profile form', () => {
  test('only changed fields are sent, with the version the form was read at', () => {
    const draft = { ...draftOf(profile), city: ' Brest ', foundedYear: '2001' };
    expect(profileChanges(profile, draft)).toEqual({ id: profile.id, version: 4, city: 'Brest', foundedYear: 2001 });
    expect(profileChanges(profile, draftOf(profile))).toBeNull();
  });

  test('emptied optional fields are sent as null, which removes them', () => {
    const draft = { ...draftOf(profile), region: '', sizeBand: '', foundedYear: '', city: '' };
    expect(profileChanges(profile, draft)).toEqual({
      id: profile.id,
      version: 4,
      region: null,
      sizeBand: null,
      foundedYear: null,
      city: null,
    });
  });

  test('values the API would refuse are named before sending', () => {
    const draft = { ...draftOf(profile), name: ' ', website: 'ftp://x', region: 'bretagne', foundedYear: '1700' };
    expect(validateProfile(draft)).toMatchObject({
      name: 'form.required',
      website: 'profile.websiteInvalid',
      region: 'profile.regionInvalid',
      foundedYear: 'profile.yearInvalid',
    });
    expect(Object.values(validateProfile(draftOf(profile))).filter(Boolean)).toEqual([]);
  });
});
