import { useState } from 'react';
import { Link, useDocumentTitle } from '../../../app/router';
import { useAccountI18n } from '../account-i18n';
import { InputField } from '../field';
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
            <InputField
              id="sign-up-email"
              label={at('form.email')}
              error={errors.email}
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={(email) => setValues({ ...values, email })}
            />
            <InputField
              id="sign-up-name"
              label={at('form.displayName')}
              hint={at('form.displayNameHint')}
              error={errors.displayName}
              autoComplete="name"
              value={values.displayName}
              onChange={(displayName) => setValues({ ...values, displayName })}
            />
            <InputField
              id="sign-up-password"
              label={at('form.password')}
              hint={at('form.passwordHint')}
              error={errors.password}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={(password) => setValues({ ...values, password })}
            />
          </>
        )}
      </AuthForm>
      <p>
        {at('signUp.haveAccount')} <Link to="/account/sign-in">{at('signIn.title')}</Link>
      </p>
    </section>
  );
}
