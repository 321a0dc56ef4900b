import { changedFields } from '../src/features/organization/audit-diff';

describe('changed fields of an audit entry', () => {
  test('lists the fields whose values differ, sorted, without bookkeeping columns', () => {
    const before = { id: 7, city: 'Liège', name: 'Arcian', version: 3, updated_at: '2026-01-01', tags: ['a'] };
    const after = { id: 7, city: 'Rennes', name: 'Arcian', version: 4, updated_at: '2026-02-01', tags: ['a', 'b'] };
    expect(changedFields(before, after)).toEqual([
      { field: 'city', before: 'Liège', after: 'Rennes' },
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
  });

  test('a creation shows every field against a dash, and long values are shortened', () => {
    const changes = changedFields(null, { description: 'x'.repeat(200), website: '' });
    expect(changes).toEqual([{ field: 'description', before: '–', after: `${'x'.repeat(79)}…` }]);
  });
});
