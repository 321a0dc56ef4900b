import type { Problems } from '../forms';
import type { EditableProfile, ProfileInput } from './edit-organization.queries';

/** The profile form's state: every field as the text in its control. */
export interface ProfileDraft {
  name: string;
  description: string;
  website: string;
  country: string;
  region: string;
  city: string;
  sizeBand: string;
  foundedYear: string;
}
export type ProfileField = keyof ProfileDraft;
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'name',
  'description',
  'website',
  'country',
  'region',
  'city',
  'sizeBand',
  'foundedYear',
];

export function draftOf(profile: EditableProfile): ProfileDraft {
  return {
    name: profile.name,
    description: profile.description,
    website: profile.website ?? '',
    country: profile.country,
    region: profile.region ?? '',
    city: profile.city ?? '',
    sizeBand: profile.sizeBand ?? '',
    foundedYear: profile.foundedYear === null ? '' : String(profile.foundedYear),
  };
}

const isHttpUrl = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** The same rules as the API's UpdateOrganizationInput, checked before sending. */
export function validateProfile(draft: ProfileDraft): Problems<ProfileField> {
  const year = draft.foundedYear.trim();
  return {
    name: draft.name.trim() === '' ? 'form.required' : draft.name.length > 300 ? 'form.tooLong' : undefined,
    description: draft.description.length > 10_000 ? 'form.tooLong' : undefined,
    website: draft.website.trim() !== '' && !isHttpUrl(draft.website.trim()) ? 'profile.websiteInvalid' : undefined,
    country: /^[A-Z]{2}$/.test(draft.country) ? undefined : 'form.required',
    region: draft.region.trim() !== '' && !/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(draft.region.trim()) ? 'profile.regionInvalid' : undefined,
    city: draft.city.length > 200 ? 'form.tooLong' : undefined,
    foundedYear: year !== '' && !(/^\d{4}$/.test(year) && Number(year) >= 1800 && Number(year) <= 2100) ? 'profile.yearInvalid' : undefined,
  };
}

/** The update to send: only the fields that differ from the profile as read, with its version; null when nothing changed. An emptied optional field is sent as null, which removes it. */
export function profileChanges(profile: EditableProfile, draft: ProfileDraft): ProfileInput | null {
  const before = draftOf(profile);
  const input: ProfileInput = { id: profile.id, version: profile.version };
  let changed = false;
  for (const field of PROFILE_FIELDS) {
    const value = field === 'name' || field === 'city' || field === 'website' || field === 'region' ? draft[field].trim() : draft[field];
    if (value === before[field]) continue;
    changed = true;
    if (field === 'foundedYear') input.foundedYear = value === '' ? null : Number(value);
    else if (field === 'sizeBand') input.sizeBand = value === '' ? null : (value as EditableProfile['sizeBand']);
    else if (field === 'region' || field === 'city') input[field] = value === '' ? null : value;
    else input[field] = value;
  }
  return changed ? input : null;
}
