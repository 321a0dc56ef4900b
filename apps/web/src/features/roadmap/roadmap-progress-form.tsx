import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '../account/field';
import { focusFirstInvalid, hasProblems } from '../account/forms';
import { REPORT_ROADMAP_PROGRESS } from './roadmap-edit.queries';
import { isDate, serverErrors, type Problems } from './roadmap-form-model';
import type { RoadmapActionItem } from './roadmap.queries';
import { useRoadmapI18n } from './roadmap-i18n';
import { RoadmapWriteError } from './roadmap-write-error';
import { useRoadmapWrite } from './use-roadmap-write';

const FIELDS = ['progress', 'note', 'reportedOn'] as const;
type ProgressField = (typeof FIELDS)[number];

const today = () => new Date().toISOString().slice(0, 10);

/** The API's rules for a report: a whole percent 0 to 100, a note of at most 2,000 characters, a day not before the start. */
export function validateProgress(values: Record<ProgressField, string>, startsOn: string): Problems<ProgressField> {
  const progress = values.progress.trim();
  return {
    progress:
      progress === '' ? 'form.required' : /^\d{1,3}$/.test(progress) && Number(progress) <= 100 ? undefined : 'form.progressInvalid',
    note: values.note.length > 2000 ? 'form.tooLong' : undefined,
    reportedOn:
      values.reportedOn === ''
        ? 'form.required'
        : !isDate(values.reportedOn)
          ? 'form.dateInvalid'
          : values.reportedOn < startsOn
            ? 'form.reportBeforeStart'
            : undefined,
  };
}

export function RoadmapProgressForm({ action, onDone, onCancel }: { action: RoadmapActionItem; onDone(): void; onCancel(): void }) {
  const { rt } = useRoadmapI18n();
  const id = useId().replace(/:/g, '');
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<ProgressField, string>>(() => ({
    progress: String(action.progress),
    note: '',
    reportedOn: today() < action.startsOn ? action.startsOn : today(),
  }));
  const [errors, setErrors] = useState<Partial<Record<ProgressField, string>>>({});
  const [report] = useMutation(REPORT_ROADMAP_PROGRESS);
  const write = useRoadmapWrite();
  const set = (field: ProgressField) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateProgress(values, action.startsOn);
    setErrors(Object.fromEntries(Object.entries(problems).flatMap(([f, key]) => (key ? [[f, rt(key)]] : []))));
    write.setFailure(null);
    if (hasProblems(problems)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    const input = { actionId: action.id, progress: Number(values.progress), note: values.note.trim(), reportedOn: values.reportedOn };
    const result = await write.run((context) => report({ variables: { input }, context }));
    if (result.ok) return onDone();
    const byField = serverErrors(result.error, FIELDS);
    setErrors(byField);
    if (hasProblems(byField)) requestAnimationFrame(() => focusFirstInvalid(form.current));
  };

  const titleId = `${id}-title`;
  return (
    <form ref={form} className="form-card roadmap-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{rt('progress.title', { title: action.title })}</h4>
      <div className="form-grid">
        <Field id={`${id}-progress`} label={rt('progress.value')} hint={rt('progress.valueHint')} error={errors.progress}>
          {(c) => <input {...c} type="text" inputMode="numeric" value={values.progress} onChange={set('progress')} />}
        </Field>
        <Field id={`${id}-day`} label={rt('progress.reportedOn')} error={errors.reportedOn}>
          {(c) => <input {...c} type="date" value={values.reportedOn} onChange={set('reportedOn')} />}
        </Field>
      </div>
      <Field id={`${id}-note`} label={rt('progress.note')} error={errors.note}>
        {(c) => <textarea {...c} rows={3} value={values.note} onChange={set('note')} />}
      </Field>
      <RoadmapWriteError failure={write.failure} showDetail={!hasProblems(errors)} />
      <div className="button-row">
        <button type="submit" disabled={write.busy}>
          {write.busy ? rt('form.saving') : rt('progress.submit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {rt('form.cancel')}
        </button>
      </div>
    </form>
  );
}
