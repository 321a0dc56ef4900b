import type { AccountKey } from './account-i18n';

export interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: unknown; argumentName?: unknown };
}

/** The GraphQL errors inside an Apollo error or a raw response (checked structurally). */
export function graphqlErrors(error: unknown): GraphqlErrorLike[] {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as GraphqlErrorLike[]).filter((e) => typeof e?.message === 'string') : [];
}

export function errorCode(error: unknown): string | null {
  const code = graphqlErrors(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The API's BAD_USER_INPUT errors by input field ("input.email" → "email"), with the field path
 * the API puts in front of the message removed.
 */
export function serverFieldErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const e of graphqlErrors(error)) {
    const argument = e.extensions?.argumentName;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || typeof argument !== 'string') continue;
    const field = argument.replace(/^input\./, '').split('.')[0] as F;
    if (fields.includes(field) && !result[field]) result[field] = e.message.replace(`${argument}: `, '');
  }
  return result;
}

export type Problems<F extends string> = Partial<Record<F, AccountKey>>;

export const hasProblems = (problems: Record<string, unknown>): boolean => Object.values(problems).some(Boolean);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignIn(values: { email: string; password: string }): Problems<'email' | 'password'> {
  return {
    email: values.email.trim() === '' ? 'form.required' : undefined,
    password: values.password === '' ? 'form.required' : undefined,
  };
}

export function validateSignUp(values: {
  email: string;
  password: string;
  displayName: string;
}): Problems<'email' | 'password' | 'displayName'> {
  const name = values.displayName.trim();
  return {
    email: values.email.trim() === '' ? 'form.required' : EMAIL.test(values.email.trim()) ? undefined : 'form.emailInvalid',
    password: values.password.length < 10 ? 'form.passwordShort' : values.password.length > 200 ? 'form.tooLong' : undefined,
    displayName: name === '' ? 'form.required' : name.length > 100 ? 'form.tooLong' : undefined,
  };
}

/** Moves focus to the first field marked invalid, so that keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

const FORM_ERRORS: Record<string, AccountKey> = {
  CONFLICT: 'form.conflict',
  BAD_USER_INPUT: 'form.invalid',
  FORBIDDEN: 'form.forbidden',
  UNAUTHENTICATED: 'form.signedOut',
  RATE_LIMITED: 'form.rateLimited',
  NOT_FOUND: 'form.notFound',
};

/** The form-level message for a failed mutation, by error code. */
export const formErrorKey = (code: string | null): AccountKey => (code && FORM_ERRORS[code]) || 'form.failed';
