import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { countryName, needKindKey } from '../../../ui/labels';
import { COUNTRY_CODES } from '../../directory/countries';
import { TermOptions, type TermOption } from '../../directory/term-select';
import { useAccountI18n } from '../account-i18n';
import { Field } from '../field';
import { serverFieldErrors } from '../forms';
import { MutationError } from '../mutation-error';
import { OPEN_NEED } from './edit-organization.queries';

const KINDS = ['PARTNER', 'MARKET_ACCESS', 'FUNDING', 'SKILLS'];
const EMPTY = { kind: 'PARTNER', description: '', technology: '', stage: '', country: '' };
const FIELDS = ['kind', 'description', 'technology', 'stage', 'country'] as const;

interface NeedFormProps {
  organizationId: string;
  terms: { technologies: TermOption[]; stages: TermOption[] } | undefined;
  onAdded(): Promise<unknown>;
}

export function NeedForm({ organizationId, terms, onAdded }: NeedFormProps) {
  const { t, at, lang, gqlLang } = useAccountI18n();
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState(false);
  const [open, { loading, error, reset }] = useMutation(OPEN_NEED);
  const server = serverFieldErrors(error, FIELDS);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setMissing(values.description.trim() === '');
    if (values.description.trim() === '') return;
    const input = {
      organizationId,
      kind: values.kind,
      description: values.description.trim(),
      technology: values.technology || null,
      stage: values.stage || null,
      country: values.country || null,
    };
    try {
      await open({ variables: { input, lang: gqlLang } });
      await onAdded();
      setValues(EMPTY);
    } catch {
      // Shown below the fields.
    }
  };

  return (
    <form className="account-form inset" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-need-title">
      <h3 id="add-need-title">{at('needs.add')}</h3>
      <div className="form-grid">
        <Field id="need-kind" label={at('needs.kind')} error={server.kind}>
          {(c) => (
            <select {...c} value={values.kind} onChange={set('kind')}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(needKindKey(kind))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="need-technology" label={at('needs.technology')} error={server.technology}>
          {(c) => (
            <select {...c} value={values.technology} onChange={set('technology')}>
              <option value="">{at('form.none')}</option>
              <TermOptions terms={terms?.technologies} />
            </select>
          )}
        </Field>
        <Field id="need-stage" label={at('needs.stage')} error={server.stage}>
          {(c) => (
            <select {...c} value={values.stage} onChange={set('stage')}>
              <option value="">{at('form.none')}</option>
              <TermOptions terms={terms?.stages} />
            </select>
          )}
        </Field>
        <Field id="need-country" label={at('needs.country')} error={server.country}>
          {(c) => (
            <select {...c} value={values.country} onChange={set('country')}>
              <option value="">{at('form.none')}</option>
              {COUNTRY_CODES.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="need-description" label={at('needs.description')} error={missing ? at('form.required') : server.description}>
        {(c) => <textarea {...c} rows={3} value={values.description} onChange={set('description')} />}
      </Field>
      <MutationError error={error} />
      <button type="submit" disabled={loading}>
        {loading ? at('form.saving') : at('needs.addSubmit')}
      </button>
    </form>
  );
}
