import { createKeyInput, EMPTY_KEY_FORM, parseOrigins, validateKeyForm } from '../src/features/account/api-keys/api-key-form-values';
import { progressView } from '../src/features/account/import/import-progress';

describe('import progress', () => {
  test('reading and sending show their share of the bytes; the server step is indeterminate', () => {
    expect(progressView({ step: 'idle' })).toBeNull();
    expect(progressView({ step: 'done' })).toBeNull();
    expect(progressView({ step: 'reading', loaded: 512, total: 2048 })).toEqual({
      value: 0.25,
      label: 'import.progressReading',
      vars: { loaded: 1, total: 2 },
      step: 1,
    });
    expect(progressView({ step: 'sending', loaded: 3000, total: 2000 })?.value).toBe(1);
    expect(progressView({ step: 'sending', loaded: 0, total: 0 })?.value).toBe(0);
    expect(progressView({ step: 'processing', rows: null })).toMatchObject({ value: null, label: 'import.progressChecking', step: 3 });
    expect(progressView({ step: 'processing', rows: 120 })).toMatchObject({
      value: null,
      label: 'import.progressWriting',
      vars: { rows: 120 },
    });
  });
});

describe('API key form', () => {
  test('origins: one per line or comma, trailing slash dropped, paths and other schemes refused', () => {
    expect(parseOrigins('https://a.example/\nhttp://localhost:8080, https://a.example')).toEqual({
      origins: ['https://a.example', 'http://localhost:8080'],
      invalid: [],
    });
    expect(parseOrigins('https://a.example/path ftp://b.example').invalid).toEqual(['https://a.example/path', 'ftp://b.example']);
  });

  test('problems are named by field before sending, and the input matches the API', () => {
    const today = '2026-12-03';
    expect(validateKeyForm({ ...EMPTY_KEY_FORM, origins: 'nope', expires: '2026-12-03', budget: '0' }, today)).toEqual({
      name: 'form.required',
      origins: 'keys.originInvalid',
      expires: 'keys.expiresPast',
      budget: 'keys.budgetInvalid',
    });
    const values = { name: ' Site ', scope: 'READ' as const, origins: 'https://a.example', expires: '2027-01-31', budget: '200' };
    expect(Object.values(validateKeyForm(values, today)).filter(Boolean)).toEqual([]);
    expect(createKeyInput('org1', values)).toEqual({
      organizationId: 'org1',
      name: 'Site',
      scope: 'READ',
      allowedOrigins: ['https://a.example'],
      expiresAt: '2027-01-31T00:00:00.000Z',
      hourlyBudget: 200,
    });
  });
});
