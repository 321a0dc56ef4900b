import { useState } from 'react';
import { Link, useDocumentTitle } from '../../../app/router';
import { useAccountI18n } from '../account-i18n';
import { Field } from '../field';
import { validateSignUp } from '../forms';
import '../account.css';
import { AuthForm } from './auth-form';
import { SIGN_UP } from './viewer.queries';

const FIELDS = ['email', 'displayName', 'password'] as const;

export default function SignUpPage() {
  const { at } = useAccountI18n();
  useDocumentTitle(at('signUp.title'));
  const [values, setValues] = useState({ email: '', displayName: '', password: '' });
  return (
    <section className="page account-narrow">
      <h1>{at('signUp.title')}</h1>
      <p className="lead">{at('signUp.lead')}</p>
      <AuthForm
        fields={FIELDS}
        values={values}
        mutation={SIGN_UP}
        sessionOf={(data) => data.signUp}
        validate={validateSignUp}
        messageFor={(code) => (code === 'RATE_LIMITED' ? 'form.rateLimited' : 'form.failed')}
        translateServerError={(field, message) => (field === 'email' && /exists already/.test(message) ? 'signUp.emailTaken' : null)}
        submitLabel={at('signUp.submit')}
      >
        {(errors) => (
          <>
            <Field id="sign-up-email" label={at('form.email')} error={errors.email}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autoComplete="email"
                  value={values.email}
                  onChange={(e) => setValues({ ...values, email: e.target.value })}
                />
              )}
            </Field>
            <Field id="sign-up-name" label={at('form.displayName')} hint={at('form.displayNameHint')} error={errors.displayName}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="name"
                  value={values.displayName}
                  onChange={(e) => setValues({ ...values, displayName: e.target.value })}
                />
              )}
            </Field>
            <Field id="sign-up-password" label={at('form.password')} hint={at('form.passwordHint')} error={errors.password}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={values.password}
                  onChange={(e) => setValues({ ...values, password: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
      </AuthForm>
      <p>
        {at('signUp.haveAccount')} <Link to="/account/sign-in">{at('signIn.title')}</Link>
      </p>
    </section>
  );
}
