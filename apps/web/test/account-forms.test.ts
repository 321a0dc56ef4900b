import { errorCode, formErrorKey, hasProblems, serverFieldErrors, validateSignIn, validateSignUp } from '../src/features/account/forms';
import { nextPath } from '../src/features/account/session/next-path';

const apiError = (argumentName: string, message: string, code = 'BAD_USER_INPUT') => ({
  errors: [{ message, extensions: { code, argumentName } }],
});

describe('account forms', () => {
  test('sign-up problems name each field before anything is sent', () => {
    expect(validateSignUp({ email: 'ada', password: 'short', displayName: ' ' })).toEqual({
      email: 'form.emailInvalid',
      password: 'form.passwordShort',
      displayName: 'form.required',
    });
    const fine = validateSignUp({ email: ' ada@example.org ', password: 'ten chars!', displayName: 'Ada' });
    expect(hasProblems(fine)).toBe(false);
    expect(validateSignUp({ email: '', password: 'x'.repeat(201), displayName: 'x'.repeat(101) })).toEqual({
      email: 'form.required',
      password: 'form.tooLong',
      displayName: 'form.tooLong',
    });
    expect(validateSignIn({ email: '', password: '' })).toEqual({ email: 'form.required', password: 'form.required' });
  });

  test("the API's field errors land under their field, without the path the API puts in front", () => {
    const error = apiError('input.website', 'input.website: must be an http(s) URL');
    expect(serverFieldErrors(error, ['website', 'name'])).toEqual({ website: 'must be an http(s) URL' });
    expect(serverFieldErrors(apiError('input.allowedOrigins', 'bad origin'), ['allowedOrigins'])).toEqual({ allowedOrigins: 'bad origin' });
    // Another field, another code, or no error at all: nothing to show under a field.
    expect(serverFieldErrors(error, ['name'])).toEqual({});
    expect(serverFieldErrors(apiError('input.name', 'stale', 'CONFLICT'), ['name'])).toEqual({});
    expect(serverFieldErrors(undefined, ['name'])).toEqual({});
  });

  test('a refused change gets a message by its code; a version conflict has its own', () => {
    expect(errorCode(apiError('input.id', 'Stale version', 'CONFLICT'))).toBe('CONFLICT');
    expect(formErrorKey('CONFLICT')).toBe('form.conflict');
    expect(formErrorKey('FORBIDDEN')).toBe('form.forbidden');
    expect(formErrorKey(null)).toBe('form.failed');
    expect(errorCode(new Error('network'))).toBeNull();
  });

  test('after signing in, only a path of the portal is followed', () => {
    expect(nextPath('/directory?kind=SME')).toBe('/directory?kind=SME');
    expect(nextPath('//evil.example/')).toBe('/account');
    expect(nextPath('/\\evil.example/')).toBe('/account');
    expect(nextPath('https://evil.example/')).toBe('/account');
    expect(nextPath(null)).toBe('/account');
  });
});
