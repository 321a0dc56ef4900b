import {
  createInput,
  draftOf,
  EMPTY_DRAFT,
  updateInput,
  validateFundingCall,
  type EditableFundingCall,
} from '../src/features/funding/editor/funding-call-draft';

const call: EditableFundingCall = {
  id: 'RnVuZGluZ0NhbGw6MQ',
  version: 3,
  slug: 'he-sensing-2027',
  programme: 'Horizon Europe',
  identifier: 'HORIZON-CL4-2027-01',
  title: 'Sensing',
  summary: 'Sensors.',
  opensOn: '2027-01-10',
  deadline: '2027-04-20',
  url: 'https://example.org/call',
  budgetEur: 5000000,
  eligibleCountries: [{ code: 'FR' }, { code: 'DE' }],
  minCountries: 3,
  topics: [{ code: 'tech.lasers' }],
};

describe('funding call editor', () => {
  test('a complete draft passes; each broken field is named with its reason', () => {
    expect(Object.values(validateFundingCall(draftOf(call))).filter(Boolean)).toEqual([]);
    const problems = validateFundingCall({
      ...EMPTY_DRAFT,
      slug: 'Bad Slug',
      opensOn: '2027-05-01',
      deadline: '2027-04-20',
      url: 'ftp://x',
      budgetEur: '1.5',
      eligibleCountries: 'fr, Germany',
      minCountries: '0',
    });
    expect(problems).toMatchObject({
      slug: 'editor.slugInvalid',
      programme: 'editor.required',
      title: 'editor.required',
      opensOn: 'editor.opensAfterDeadline',
      url: 'editor.urlInvalid',
      budgetEur: 'editor.budgetInvalid',
      eligibleCountries: 'editor.countriesInvalid',
      minCountries: 'editor.minCountriesInvalid',
    });
    expect(validateFundingCall({ ...draftOf(call), deadline: '2027-02-30' }).deadline).toBe('editor.dateInvalid');
  });

  test('the create input trims texts, splits country codes and types numbers', () => {
    const input = createInput({ ...draftOf(call), title: '  Sensing  ', eligibleCountries: 'fr, de;it', budgetEur: '', opensOn: '' });
    expect(input).toMatchObject({
      title: 'Sensing',
      eligibleCountries: ['FR', 'DE', 'IT'],
      budgetEur: null,
      opensOn: null,
      minCountries: 3,
    });
  });

  test('an update sends only what changed, with the version read; an emptied opening date is removed', () => {
    expect(updateInput(call, draftOf(call))).toBeNull();
    expect(updateInput(call, { ...draftOf(call), title: 'New title', opensOn: '', topicCodes: ['tech.lasers', 'app.health'] })).toEqual({
      id: call.id,
      version: 3,
      title: 'New title',
      opensOn: '',
      topicCodes: ['tech.lasers', 'app.health'],
    });
    expect(updateInput(call, { ...draftOf(call), budgetEur: '' })).toEqual({ id: call.id, version: 3, budgetEur: null });
  });
});
