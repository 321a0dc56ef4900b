import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '../account/field';
import { errorCode, focusFirstInvalid, hasProblems } from '../account/forms';
import { CREATE_ROADMAP_ACTION, ROADMAP_FORM_OPTIONS, UPDATE_ROADMAP_ACTION } from './roadmap-edit.queries';
import {
  ACTION_FIELDS,
  createInput,
  draftOf,
  emptyDraft,
  serverErrors,
  slugOf,
  updateInput,
  validateAction,
  type ActionDraft,
  type ActionField,
} from './roadmap-form-model';
import type { RoadmapActionItem } from './roadmap.queries';
import { useRoadmapI18n } from './roadmap-i18n';
import { RoadmapWriteError } from './roadmap-write-error';
import { useRoadmapWrite } from './use-roadmap-write';

interface RoadmapActionFormProps {
  /** The action to change; a new one when absent. */
  action?: RoadmapActionItem;
  /** The clusters the viewer manages: the owners a new action may have. */
  owners: { id: string; name: string }[];
  onDone(slug: string): void;
  onCancel(): void;
}

const EDITABLE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'CANCELLED'] as const;

export function RoadmapActionForm({ action, owners, onDone, onCancel }: RoadmapActionFormProps) {
  const { rt } = useRoadmapI18n();
  const id = useId().replace(/:/g, '');
  const form = useRef<HTMLFormElement>(null);
  const creating = !action;
  const [base, setBase] = useState(action);
  const [draft, setDraft] = useState<ActionDraft>(() => (action ? draftOf(action) : emptyDraft(owners[0]?.id ?? '')));
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<ActionField, string>>>({});
  const options = useQuery(ROADMAP_FORM_OPTIONS);
  const [create] = useMutation(CREATE_ROADMAP_ACTION);
  const [update] = useMutation(UPDATE_ROADMAP_ACTION);
  const write = useRoadmapWrite();

  const set =
    (field: 'title' | 'slug' | 'ownerClusterId' | 'description' | 'startsOn' | 'endsOn' | 'budgetEur' | 'status') =>
    (event: { target: { value: string } }) => {
      const value = event.target.value;
      const next = { ...draft, [field]: value };
      if (field === 'title' && creating && !slugEdited) next.slug = slugOf(value);
      if (field === 'slug') setSlugEdited(true);
      setDraft(next as ActionDraft);
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateAction(draft, creating);
    setErrors(Object.fromEntries(Object.entries(problems).flatMap(([f, key]) => (key ? [[f, rt(key)]] : []))));
    write.setFailure(null);
    if (hasProblems(problems)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    const result = base
      ? await write.run((context) => update({ variables: { input: updateInput(base, draft) }, context }))
      : await write.run((context) => create({ variables: { input: createInput(draft) }, context }));
    if (result.ok) return onDone(draft.slug);
    const byField = serverErrors(result.error, ACTION_FIELDS);
    setErrors(byField);
    if (hasProblems(byField)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    if (base && errorCode(result.error) === 'CONFLICT') {
      // A stale version: show what is stored now, so that the change can be made again over it.
      const current = await write.current(base.slug).catch(() => null);
      if (current) {
        setBase(current);
        setDraft(draftOf(current));
      }
    }
  };

  const clusters = options.data?.clusters.nodes ?? [];
  const partnerChoices = [
    ...clusters.filter((c) => c.id !== draft.ownerClusterId),
    ...(base?.partners.filter((p) => !clusters.some((c) => c.id === p.id)) ?? []),
  ];
  const agreements = options.data?.agreements.nodes ?? [];
  const agreementChoices = [...agreements, ...(base?.agreements.filter((a) => !agreements.some((o) => o.id === a.id)) ?? [])];
  const kpis = options.data?.kpiDefinitions.nodes ?? [];
  const titleId = `${id}-title`;
  return (
    <form ref={form} className="form-card roadmap-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      {/* The new-action form stands under the page title; an edit form inside its action's card. */}
      {creating ? (
        <h2 id={titleId}>{rt('form.createTitle')}</h2>
      ) : (
        <h4 id={titleId}>{rt('form.editTitle', { title: base?.title ?? '' })}</h4>
      )}
      <div className="form-grid">
        <Field id={`${id}-name`} label={rt('form.title')} error={errors.title}>
          {(c) => <input {...c} type="text" value={draft.title} onChange={set('title')} />}
        </Field>
        {creating && (
          <Field id={`${id}-slug`} label={rt('form.slug')} hint={rt('form.slugHint')} error={errors.slug}>
            {(c) => <input {...c} type="text" value={draft.slug} onChange={set('slug')} />}
          </Field>
        )}
        {creating && (
          <Field id={`${id}-owner`} label={rt('form.owner')} error={errors.ownerClusterId}>
            {(c) => (
              <select {...c} value={draft.ownerClusterId} onChange={set('ownerClusterId')}>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id={`${id}-starts`} label={rt('form.startsOn')} error={errors.startsOn}>
          {(c) => <input {...c} type="date" value={draft.startsOn} onChange={set('startsOn')} />}
        </Field>
        <Field id={`${id}-ends`} label={rt('form.endsOn')} error={errors.endsOn}>
          {(c) => <input {...c} type="date" value={draft.endsOn} onChange={set('endsOn')} />}
        </Field>
        <Field id={`${id}-budget`} label={rt('form.budget')} hint={rt('form.budgetHint')} error={errors.budgetEur}>
          {(c) => <input {...c} type="text" inputMode="decimal" value={draft.budgetEur} onChange={set('budgetEur')} />}
        </Field>
        {!creating && (
          <Field id={`${id}-status`} label={rt('form.status')} hint={rt('form.statusHint')} error={errors.status}>
            {(c) => (
              <select {...c} value={draft.status} onChange={set('status')}>
                {draft.status === 'DONE' && <option value="DONE">{rt('roadmap.status.DONE')}</option>}
                {EDITABLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {rt(`roadmap.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field id={`${id}-description`} label={rt('form.description')} error={errors.description}>
        {(c) => <textarea {...c} rows={4} value={draft.description} onChange={set('description')} />}
      </Field>
      <Field id={`${id}-partners`} label={rt('form.partners')} hint={rt('form.partnersHint')} error={errors.partnerIds}>
        {(c) => (
          <select
            {...c}
            multiple
            size={6}
            value={draft.partnerIds}
            onChange={(e) => setDraft({ ...draft, partnerIds: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            {partnerChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-agreements`} label={rt('form.agreements')} hint={rt('form.agreementsHint')} error={errors.agreementIds}>
        {(c) => (
          <select
            {...c}
            multiple
            size={5}
            value={draft.agreementIds}
            onChange={(e) => setDraft({ ...draft, agreementIds: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            {agreementChoices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="roadmap-kpis" aria-describedby={errors.kpis ? `${id}-kpis-error` : `${id}-kpis-hint`}>
        <legend>{rt('form.kpis')}</legend>
        <p id={`${id}-kpis-hint`} className="field-hint">
          {rt('form.kpisHint')}
        </p>
        <div className="form-grid">
          {kpis.map((k) => (
            <div className="field" key={k.code}>
              <label htmlFor={`${id}-kpi-${k.code}`}>{rt('form.kpi', { name: k.name, unit: k.unit })}</label>
              <input
                id={`${id}-kpi-${k.code}`}
                type="text"
                inputMode="decimal"
                aria-invalid={Boolean(errors.kpis)}
                value={draft.kpis[k.code] ?? ''}
                onChange={(e) => setDraft({ ...draft, kpis: { ...draft.kpis, [k.code]: e.target.value } })}
              />
            </div>
          ))}
        </div>
        {errors.kpis && (
          <p id={`${id}-kpis-error`} className="field-error">
            {errors.kpis}
          </p>
        )}
      </fieldset>
      <RoadmapWriteError failure={write.failure} showDetail={!hasProblems(errors)} />
      <div className="button-row">
        <button type="submit" disabled={write.busy}>
          {write.busy ? rt('form.saving') : creating ? rt('form.create') : rt('form.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {rt('form.cancel')}
        </button>
      </div>
    </form>
  );
}
