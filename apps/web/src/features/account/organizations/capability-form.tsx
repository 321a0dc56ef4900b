import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TermOptions, type TermOption } from '../../directory/term-select';
import { useAccountI18n } from '../account-i18n';
import { Field } from '../field';
import { serverFieldErrors } from '../forms';
import { MutationError } from '../mutation-error';
import { ADD_CAPABILITY } from './edit-organization.queries';

interface CapabilityFormProps {
  organizationId: string;
  terms: { technologies: TermOption[]; stages: TermOption[]; applications: TermOption[] } | undefined;
  onAdded(): Promise<unknown>;
}

const EMPTY = { technology: '', stage: '', applications: [] as string[], trl: '5', evidence: '' };
const FIELDS = ['technology', 'stage', 'applications', 'trl', 'evidence'] as const;

export function CapabilityForm({ organizationId, terms, onAdded }: CapabilityFormProps) {
  const { at, gqlLang } = useAccountI18n();
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState<{ technology?: boolean; stage?: boolean }>({});
  const [add, { loading, error, reset }] = useMutation(ADD_CAPABILITY);
  const server = serverFieldErrors(error, FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problems = { technology: values.technology === '', stage: values.stage === '' };
    setMissing(problems);
    if (problems.technology || problems.stage) return;
    const input = {
      organizationId,
      technology: values.technology,
      stage: values.stage,
      applications: values.applications,
      trl: Number(values.trl),
      evidence: values.evidence.trim() || null,
    };
    try {
      await add({ variables: { input, lang: gqlLang } });
      await onAdded();
      setValues(EMPTY);
    } catch {
      // Shown below the fields.
    }
  };

  return (
    <form className="account-form inset" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-capability-title">
      <h3 id="add-capability-title">{at('capabilities.add')}</h3>
      <div className="form-grid">
        <Field
          id="capability-technology"
          label={at('capabilities.technology')}
          error={missing.technology ? at('form.required') : server.technology}
        >
          {(c) => (
            <select {...c} value={values.technology} onChange={(e) => setValues({ ...values, technology: e.target.value })}>
              <option value="">{at('form.choose')}</option>
              <TermOptions terms={terms?.technologies} />
            </select>
          )}
        </Field>
        <Field id="capability-stage" label={at('capabilities.stage')} error={missing.stage ? at('form.required') : server.stage}>
          {(c) => (
            <select {...c} value={values.stage} onChange={(e) => setValues({ ...values, stage: e.target.value })}>
              <option value="">{at('form.choose')}</option>
              <TermOptions terms={terms?.stages} />
            </select>
          )}
        </Field>
        <Field id="capability-trl" label={at('capabilities.trl')} hint={at('capabilities.trlHint')} error={server.trl}>
          {(c) => (
            <select {...c} value={values.trl} onChange={(e) => setValues({ ...values, trl: e.target.value })}>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((trl) => (
                <option key={trl} value={trl}>
                  {trl}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="capability-applications"
        label={at('capabilities.applications')}
        hint={at('capabilities.applicationsHint')}
        error={server.applications}
      >
        {(c) => (
          <select
            {...c}
            multiple
            size={8}
            value={values.applications}
            onChange={(e) => setValues({ ...values, applications: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            <TermOptions terms={terms?.applications} />
          </select>
        )}
      </Field>
      <Field id="capability-evidence" label={at('capabilities.evidence')} hint={at('capabilities.evidenceHint')} error={server.evidence}>
        {(c) => <textarea {...c} rows={2} value={values.evidence} onChange={(e) => setValues({ ...values, evidence: e.target.value })} />}
      </Field>
      <MutationError error={error} />
      <button type="submit" disabled={loading}>
        {loading ? at('form.saving') : at('capabilities.addSubmit')}
      </button>
    </form>
  );
}
