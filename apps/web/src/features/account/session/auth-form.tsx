import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { navigate, useLocation } from '../../../app/router';
import { useAccountI18n, type AccountKey } from '../account-i18n';
import { errorCode, focusFirstInvalid, hasProblems, serverFieldErrors, type Problems } from '../forms';
import { nextPath } from './next-path';
import { useSignedIn } from './use-viewer';
import type { SignedIn } from './viewer.queries';

interface AuthFormProps<F extends string, D> {
  fields: readonly F[];
  values: Record<F, string>;
  mutation: TypedDocumentNode<D, { input: Record<F, string> }>;
  sessionOf(data: D): SignedIn;
  validate(values: Record<F, string>): Problems<F>;
  /** The form-level message for an error code of the mutation. */
  messageFor(code: string | null): AccountKey;
  /** A translation for an API field error the client cannot foresee (e.g. an e-mail already taken). */
  translateServerError?(field: F, message: string): AccountKey | null;
  submitLabel: string;
  children(errors: Partial<Record<F, string>>): ReactNode;
}

/** Sign-in and sign-up: validation before sending, the API's field errors under their fields. */
export function AuthForm<F extends string, D>(props: AuthFormProps<F, D>) {
  const { at } = useAccountI18n();
  const { search } = useLocation();
  const signedIn = useSignedIn();
  const form = useRef<HTMLFormElement>(null);
  const [send, { loading }] = useMutation(props.mutation);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<AccountKey | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const problems = props.validate(props.values);
    const local = Object.fromEntries(Object.entries(problems).flatMap(([f, key]) => (key ? [[f, at(key as AccountKey)]] : []))) as Partial<
      Record<F, string>
    >;
    setErrors(local);
    if (hasProblems(problems)) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    try {
      const { data } = await send({ variables: { input: props.values } });
      if (!data) return;
      await signedIn(props.sessionOf(data));
      navigate(nextPath(search.get('next')));
    } catch (error) {
      const byField = serverFieldErrors(error, props.fields);
      for (const field of props.fields) {
        const message = byField[field];
        const key = message === undefined ? null : props.translateServerError?.(field, message);
        if (key) byField[field] = at(key);
      }
      setErrors(byField);
      if (hasProblems(byField)) requestAnimationFrame(() => focusFirstInvalid(form.current));
      else setFormError(props.messageFor(errorCode(error)));
    }
  };

  return (
    <form ref={form} className="account-form" onSubmit={(e) => void submit(e)} noValidate>
      {formError && (
        <p className="form-error" role="alert">
          {at(formError)}
        </p>
      )}
      {props.children(errors)}
      <button type="submit" disabled={loading}>
        {loading ? at('form.sending') : props.submitLabel}
      </button>
    </form>
  );
}
