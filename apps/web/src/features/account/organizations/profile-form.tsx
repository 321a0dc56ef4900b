import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { countryName, sizeKey } from '../../../ui/labels';
import { COUNTRY_CODES } from '../../directory/countries';
import { useAccountI18n } from '../account-i18n';
import { Field } from '../field';
import { focusFirstInvalid, hasProblems, serverFieldErrors } from '../forms';
import { MutationError } from '../mutation-error';
import { UPDATE_ORGANIZATION, type EditableProfile } from './edit-organization.queries';
import { draftOf, PROFILE_FIELDS, profileChanges, validateProfile, type ProfileDraft, type ProfileField } from './profile';

const SIZE_BANDS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

interface ProfileFormProps {
  profile: EditableProfile;
  /** Reloads the stored profile and returns it. */
  reload(): Promise<EditableProfile | null>;
}

export function ProfileForm({ profile, reload }: ProfileFormProps) {
  const { t, at, lang } = useAccountI18n();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  // The version the draft started from: a save against anything newer must be refused, not merged.
  const [base, setBase] = useState<EditableProfile>(profile);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'unchanged'>('idle');
  const [save, { loading, error, reset }] = useMutation(UPDATE_ORGANIZATION);

  const set = (field: ProfileField) => (event: { target: { value: string } }) => {
    setDraft({ ...draft, [field]: event.target.value });
    setStatus('idle');
  };
  const control = (field: ProfileField) => ({ value: draft[field], onChange: set(field) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problems = validateProfile(draft);
    setErrors(Object.fromEntries(Object.entries(problems).flatMap(([f, key]) => (key ? [[f, at(key)]] : []))));
    if (hasProblems(problems)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    const input = profileChanges(base, draft);
    if (!input) return setStatus('unchanged');
    try {
      const { data } = await save({ variables: { input } });
      if (data) {
        setBase(data.updateOrganization);
        setDraft(draftOf(data.updateOrganization));
        setStatus('saved');
      }
    } catch (failure) {
      const byField = serverFieldErrors(failure, PROFILE_FIELDS);
      setErrors(byField);
      if (hasProblems(byField)) requestAnimationFrame(() => focusFirstInvalid(form.current));
    }
  };

  const loadCurrent = async () => {
    const current = await reload();
    if (!current) return;
    reset();
    setBase(current);
    setDraft(draftOf(current));
    setStatus('idle');
  };

  const countries = COUNTRY_CODES.includes(draft.country) ? COUNTRY_CODES : [draft.country, ...COUNTRY_CODES];
  return (
    <form ref={form} className="account-form profile-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">{at('profile.title')}</h2>
      <div className="form-grid">
        <Field id="profile-name" label={at('profile.name')} error={errors.name}>
          {(c) => <input {...c} type="text" {...control('name')} />}
        </Field>
        <Field id="profile-website" label={at('profile.website')} hint={at('profile.websiteHint')} error={errors.website}>
          {(c) => <input {...c} type="url" inputMode="url" {...control('website')} />}
        </Field>
        <Field id="profile-country" label={at('profile.country')} error={errors.country}>
          {(c) => (
            <select {...c} {...control('country')}>
              {countries.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="profile-region" label={at('profile.region')} hint={at('profile.regionHint')} error={errors.region}>
          {(c) => <input {...c} type="text" {...control('region')} />}
        </Field>
        <Field id="profile-city" label={at('profile.city')} error={errors.city}>
          {(c) => <input {...c} type="text" {...control('city')} />}
        </Field>
        <Field id="profile-size" label={at('profile.size')} error={errors.sizeBand}>
          {(c) => (
            <select {...c} {...control('sizeBand')}>
              <option value="">{at('profile.sizeUnknown')}</option>
              {SIZE_BANDS.map((band) => (
                <option key={band} value={band}>
                  {t(sizeKey(band))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="profile-founded" label={at('profile.founded')} error={errors.foundedYear}>
          {(c) => <input {...c} type="text" inputMode="numeric" {...control('foundedYear')} />}
        </Field>
      </div>
      <Field id="profile-description" label={at('profile.description')} error={errors.description}>
        {(c) => <textarea {...c} rows={6} {...control('description')} />}
      </Field>
      <MutationError error={error} onReload={() => void loadCurrent()} />
      <div className="button-row">
        <button type="submit" disabled={loading}>
          {loading ? at('form.saving') : at('profile.save')}
        </button>
        <span role="status" className="form-status">
          {status === 'saved' ? at('form.saved') : status === 'unchanged' ? at('form.unchanged') : ''}
        </span>
      </div>
    </form>
  );
}
