import { validateProgress } from '../src/features/roadmap/roadmap-progress-form';
import { createInput, emptyDraft, serverErrors, slugOf, updateInput, validateAction } from '../src/features/roadmap/roadmap-form-model';
import type { RoadmapActionItem } from '../src/features/roadmap/roadmap.queries';

const draft = (patch: Partial<ReturnType<typeof emptyDraft>> = {}) => ({
  ...emptyDraft('T3JnYW5pemF0aW9uOjE'),
  title: 'Mission to Korea',
  slug: 'mission-to-korea',
  startsOn: '2027-09-01',
  endsOn: '2027-09-30',
  ...patch,
});

const action: RoadmapActionItem = {
  id: 'action-1',
  slug: 'mission-to-korea',
  title: 'Mission to Korea',
  description: '',
  status: 'IN_PROGRESS',
  progress: 40,
  startsOn: '2027-09-01',
  endsOn: '2027-09-30',
  budgetEur: 40000,
  version: 3,
  viewerCanEdit: true,
  viewerCanReportProgress: true,
  ownerCluster: { id: 'owner', slug: 'owner', name: 'Owner' },
  partners: [{ id: 'p1', slug: 'p1', name: 'P1' }],
  kpis: [{ contribution: 30, kpi: { code: 'b2b-meetings' } }],
  agreements: [{ id: 'agreement-1', title: 'MoU' }],
};

describe('the roadmap action form', () => {
  it('mirrors the API rules: dates in order, slug shape, budget and contributions in range, no self-partnership', () => {
    expect(Object.values(validateAction(draft(), true)).filter(Boolean)).toEqual([]);
    expect(validateAction(draft({ endsOn: '2027-08-31' }), true).endsOn).toBe('form.endsBeforeStart');
    expect(validateAction(draft({ startsOn: '2027-02-30' }), true).startsOn).toBe('form.dateInvalid');
    expect(validateAction(draft({ slug: 'Not A Slug' }), true).slug).toBe('form.slugInvalid');
    expect(validateAction(draft({ slug: 'Not A Slug' }), false).slug).toBeUndefined();
    expect(validateAction(draft({ title: '  ' }), true).title).toBe('form.required');
    expect(validateAction(draft({ budgetEur: '-5' }), true).budgetEur).toBe('form.budgetInvalid');
    expect(validateAction(draft({ kpis: { 'b2b-meetings': 'many' } }), true).kpis).toBe('form.contributionInvalid');
    expect(validateAction(draft({ partnerIds: ['T3JnYW5pemF0aW9uOjE'] }), true).partnerIds).toBe('form.ownPartner');
  });

  it('derives a slug from a title', () => {
    expect(slugOf('Mission à Québec — 2027!')).toBe('mission-a-quebec-2027');
  });

  it('sends the version read, the lists to replace, and a status only when changed', () => {
    expect(createInput(draft({ budgetEur: '1,5', kpis: { a: '2', b: '' } }))).toMatchObject({
      budgetEur: 1.5,
      kpis: [{ kpi: 'a', contribution: 2 }],
    });
    const same = updateInput(action, { ...draft(), status: 'IN_PROGRESS', partnerIds: ['p1'] });
    expect(same).toMatchObject({ id: 'action-1', version: 3, partnerIds: ['p1'], agreementIds: [] });
    expect(same).not.toHaveProperty('status');
    expect(updateInput(action, { ...draft(), status: 'CANCELLED' }).status).toBe('CANCELLED');
    expect(updateInput(action, { ...draft(), budgetEur: '12500' }).budgetEur).toBe(12500);
    expect(updateInput(action, { ...draft(), budgetEur: ' ' }).budgetEur).toBeNull();
  });

  it('places the API field errors, whatever the shape of their path', () => {
    const error = {
      errors: [
        { message: 'endsOn cannot be before startsOn.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.endsOn' } },
        { message: 'No KPI has the code "x".', extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.kpis[0].kpi' } },
        {
          message: 'input.kpis.0.contribution: too small',
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.kpis.0.contribution' },
        },
        { message: 'Nope', extensions: { code: 'FORBIDDEN' } },
      ],
    };
    expect(serverErrors(error, ['endsOn', 'kpis', 'title'] as const)).toEqual({
      endsOn: 'endsOn cannot be before startsOn.',
      kpis: 'No KPI has the code "x".',
    });
  });

  it('checks a progress report like the API', () => {
    expect(validateProgress({ progress: '101', note: '', reportedOn: '2027-09-10' }, '2027-09-01').progress).toBe('form.progressInvalid');
    expect(validateProgress({ progress: '50', note: '', reportedOn: '2027-08-10' }, '2027-09-01').reportedOn).toBe(
      'form.reportBeforeStart',
    );
    expect(
      Object.values(validateProgress({ progress: '100', note: 'ok', reportedOn: '2027-09-30' }, '2027-09-01')).filter(Boolean),
    ).toEqual([]);
  });
});
