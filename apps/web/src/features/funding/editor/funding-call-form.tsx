import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Field } from '../../account/field';
import { focusFirstInvalid, hasProblems, serverFieldErrors } from '../../account/forms';
import { MutationError } from '../../account/mutation-error';
import { FACET_OPTIONS } from '../../directory/directory.queries';
import { TermOptions } from '../../directory/term-select';
import { useFundingI18n } from '../funding-i18n';
import { FUNDING_CALL_FIELDS, validateFundingCall, type FundingCallDraft, type FundingCallField } from './funding-call-draft';

interface FundingCallFormProps {
  initial: FundingCallDraft;
  /** The slug is the call's address: set once, when it is published. */
  slugEditable: boolean;
  saving: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit(draft: FundingCallDraft): void;
  /** Offered on a version conflict: start again from what is stored now. */
  onReload?: () => void;
}

type TextField = Exclude<FundingCallField, 'topicCodes' | 'summary'>;

/** The fields of a funding call, checked as the API checks them; the API's own refusals show beside their field. */
export function FundingCallForm({ initial, slugEditable, saving, error, submitLabel, onSubmit, onReload }: FundingCallFormProps) {
  const { ft, gqlLang } = useFundingI18n();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang } });
  const problems = checked ? validateFundingCall(draft) : {};
  const server = serverFieldErrors(error, FUNDING_CALL_FIELDS);
  const errorOf = (field: FundingCallField) => {
    const key = problems[field];
    return key ? ft(key) : server[field];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems(validateFundingCall(draft))) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    onSubmit(draft);
  };
  const hintOf = (field: FundingCallField) =>
    field === 'slug' || field === 'eligibleCountries' || field === 'minCountries' || field === 'budgetEur'
      ? ft(`editor.${field}Hint` as const)
      : undefined;
  const text = (field: TextField, type = 'text', extra: Record<string, unknown> = {}) => (
    <Field id={`call-${field}`} label={ft(`editor.${field}`)} error={errorOf(field)} hint={hintOf(field)}>
      {(c) => (
        <input {...c} {...extra} type={type} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <form ref={form} className="funding-call-form" onSubmit={submit} noValidate>
      {slugEditable && text('slug')}
      {text('programme')}
      {text('identifier')}
      {text('title')}
      <Field id="call-summary" label={ft('editor.summary')} error={errorOf('summary')}>
        {(c) => <textarea {...c} rows={4} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />}
      </Field>
      <div className="field-row">
        {text('opensOn', 'date')}
        {text('deadline', 'date', { required: true })}
      </div>
      {text('url', 'url')}
      <div className="field-row">
        {text('budgetEur', 'text', { inputMode: 'numeric' })}
        {text('minCountries', 'number', { min: 1, max: 30 })}
      </div>
      {text('eligibleCountries')}
      <Field id="call-topicCodes" label={ft('editor.topicCodes')} hint={ft('editor.topicCodesHint')} error={errorOf('topicCodes')}>
        {(c) => (
          <select
            {...c}
            multiple
            size={10}
            value={draft.topicCodes}
            onChange={(e) => setDraft({ ...draft, topicCodes: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            <TermOptions terms={options.data?.technologies.nodes} />
            <TermOptions terms={options.data?.applications.nodes} />
            <TermOptions terms={options.data?.stages.nodes} />
          </select>
        )}
      </Field>
      <MutationError error={error} onReload={onReload} />
      <button type="submit" disabled={saving}>
        {saving ? ft('editor.saving') : submitLabel}
      </button>
    </form>
  );
}
