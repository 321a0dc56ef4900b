import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useAccountI18n } from '../account-i18n';
import { Field } from '../field';
import { focusFirstInvalid, hasProblems, serverFieldErrors } from '../forms';
import { MutationError } from '../mutation-error';
import { createKeyInput, EMPTY_KEY_FORM, validateKeyForm, type KeyField, type KeyFormValues } from './api-key-form-values';
import { API_KEYS, CREATE_API_KEY } from './api-keys.queries';

const SERVER_FIELDS = ['name', 'scope', 'allowedOrigins', 'expiresAt', 'hourlyBudget'] as const;

export function ApiKeyCreateForm({ organizationId, onCreated }: { organizationId: string; onCreated(secret: string, name: string): void }) {
  const { at } = useAccountI18n();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<KeyFormValues>(EMPTY_KEY_FORM);
  const [errors, setErrors] = useState<Partial<Record<KeyField, string>>>({});
  const [create, { loading, error, reset }] = useMutation(CREATE_API_KEY, {
    refetchQueries: [{ query: API_KEYS, variables: { organizationId } }],
  });
  const set = (field: KeyField) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problems = validateKeyForm(values, new Date().toISOString().slice(0, 10));
    setErrors(Object.fromEntries(Object.entries(problems).flatMap(([f, key]) => (key ? [[f, at(key)]] : []))));
    if (hasProblems(problems)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    try {
      const { data } = await create({ variables: { input: createKeyInput(organizationId, values) } });
      if (!data) return;
      onCreated(data.createApiKey.secret, data.createApiKey.apiKey.name);
      setValues(EMPTY_KEY_FORM);
    } catch (failure) {
      const byField = serverFieldErrors(failure, SERVER_FIELDS);
      setErrors({ name: byField.name, origins: byField.allowedOrigins, expires: byField.expiresAt, budget: byField.hourlyBudget });
    }
  };

  return (
    <form ref={form} className="account-form inset" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-key-title">
      <h2 id="create-key-title">{at('keys.create')}</h2>
      <div className="form-grid">
        <Field id="key-name" label={at('keys.name')} hint={at('keys.nameHint')} error={errors.name}>
          {(c) => <input {...c} type="text" value={values.name} onChange={set('name')} />}
        </Field>
        <Field id="key-expires" label={at('keys.expires')} hint={at('keys.expiresHint')} error={errors.expires}>
          {(c) => <input {...c} type="date" value={values.expires} onChange={set('expires')} />}
        </Field>
        <Field id="key-budget" label={at('keys.budget')} hint={at('keys.budgetHint')} error={errors.budget}>
          {(c) => <input {...c} type="text" inputMode="numeric" value={values.budget} onChange={set('budget')} />}
        </Field>
      </div>
      <fieldset className="scope-choice">
        <legend>{at('keys.scope')}</legend>
        {(['READ', 'READ_WRITE'] as const).map((scope) => (
          <label key={scope} className="check">
            <input
              type="radio"
              name="key-scope"
              value={scope}
              checked={values.scope === scope}
              onChange={() => setValues({ ...values, scope })}
            />
            <span>
              <strong>{at(scope === 'READ' ? 'keys.scopeRead' : 'keys.scopeReadWrite')}</strong> —{' '}
              {at(scope === 'READ' ? 'keys.scopeReadHint' : 'keys.scopeReadWriteHint')}
            </span>
          </label>
        ))}
      </fieldset>
      <Field id="key-origins" label={at('keys.origins')} hint={at('keys.originsHint')} error={errors.origins}>
        {(c) => <textarea {...c} rows={3} value={values.origins} onChange={set('origins')} placeholder="https://cluster.example" />}
      </Field>
      <MutationError error={error} />
      <button type="submit" disabled={loading}>
        {loading ? at('form.saving') : at('keys.createSubmit')}
      </button>
    </form>
  );
}
