import { useState } from 'react';
import { Link, useDocumentTitle, useLocation } from '../../../app/router';
import { useAccountI18n } from '../account-i18n';
import { InputField } from '../field';
import { validateSignIn } from '../forms';
import '../account.css';
import { AuthForm } from './auth-form';
import { SIGN_IN } from './viewer.queries';

const FIELDS = ['email', 'password'] as const;

export default function SignInPage() {
  const { at } = useAccountI18n();
  const { search } = useLocation();
  useDocumentTitle(at('signIn.title'));
  const [values, setValues] = useState({ email: '', password: '' });
  const next = search.get('next');
  return (
    <section className="page account-narrow">
      <h1>{at('signIn.title')}</h1>
      <AuthForm
        fields={FIELDS}
        values={values}
        mutation={SIGN_IN}
        sessionOf={(data) => data.signIn}
        validate={validateSignIn}
        messageFor={(code) => (code === 'RATE_LIMITED' ? 'signIn.tooMany' : code === 'UNAUTHENTICATED' ? 'signIn.wrong' : 'form.failed')}
        submitLabel={at('signIn.submit')}
      >
        {(errors) => (
          <>
            <InputField
              id="sign-in-email"
              label={at('form.email')}
              error={errors.email}
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={(email) => setValues({ ...values, email })}
            />
            <InputField
              id="sign-in-password"
              label={at('form.password')}
              error={errors.password}
              type="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(password) => setValues({ ...values, password })}
            />
          </>
        )}
      </AuthForm>
      <p>
        {at('signIn.noAccount')} <Link to={`/account/sign-up${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{at('signUp.title')}</Link>
      </p>
    </section>
  );
}
