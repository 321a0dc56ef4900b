import {
  EMPTY_FILTERS,
  countActiveFilters,
  parseFilters,
  serializeFilters,
  toGraphqlFilter,
  withChange,
} from '../src/features/directory/directory-filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('directory filters in the URL', () => {
  test('an empty query string is the empty filter state, and serializes back to nothing', () => {
    expect(parse('')).toEqual(EMPTY_FILTERS);
    expect(serializeFilters(EMPTY_FILTERS)).toBe('');
  });

  test('a full state survives a round trip through the query string', () => {
    const state = {
      ...EMPTY_FILTERS,
      q: 'fibre laser',
      kinds: ['SME', 'CLUSTER'],
      countries: ['FR'],
      clusters: ['photonics-bretagne'],
      technologies: ['tech.lasers'],
      applications: ['app.automotive'],
      stages: ['stage.components'],
      minTrl: 6,
      verified: true,
      sort: 'NEWEST' as const,
      view: 'map' as const,
      after: 'abc',
    };
    const query = serializeFilters(state);
    expect(query).toBe(
      '?q=fibre+laser&kind=SME&kind=CLUSTER&country=FR&cluster=photonics-bretagne&tech=tech.lasers&app=app.automotive&stage=stage.components&trl=6&verified=true&sort=NEWEST&view=map&after=abc',
    );
    expect(parse(query.slice(1))).toEqual(state);
  });

  test('bad values from a hand-edited URL are dropped, not sent to the API', () => {
    const state = parse('trl=12&verified=maybe&sort=DROP&view=grid&kind=sme&kind=sme&country=fr&q=%20%20');
    expect(state.minTrl).toBeNull();
    expect(state.verified).toBeNull();
    expect(state.sort).toBeNull();
    expect(state.view).toBe('list');
    expect(state.kinds).toEqual(['SME']);
    expect(state.countries).toEqual(['FR']);
    expect(state.q).toBe('');
    expect(parse('trl=0').minTrl).toBeNull();
    expect(parse('trl=4.5').minTrl).toBeNull();
  });

  test('a cursor keeps only one direction', () => {
    expect(parse('after=a&before=b')).toMatchObject({ after: 'a', before: null });
    expect(parse('before=b')).toMatchObject({ after: null, before: 'b' });
  });

  test('changing a condition goes back to the first page; paging or switching view does not', () => {
    const onPage2 = { ...EMPTY_FILTERS, after: 'cursor' };
    expect(withChange(onPage2, { kinds: ['SME'] })).toMatchObject({ kinds: ['SME'], after: null });
    expect(withChange(onPage2, { view: 'map' }).after).toBe('cursor');
    expect(withChange(EMPTY_FILTERS, { after: 'next' }).after).toBe('next');
  });

  test('the GraphQL filter leaves empty conditions out', () => {
    expect(toGraphqlFilter(EMPTY_FILTERS)).toEqual({});
    expect(toGraphqlFilter({ ...EMPTY_FILTERS, q: 'x', kinds: ['SME'], minTrl: 3, verified: false })).toEqual({
      search: 'x',
      kinds: ['SME'],
      minTrl: 3,
      verified: false,
    });
    expect(countActiveFilters({ ...EMPTY_FILTERS, q: 'x', kinds: ['SME', 'CLUSTER'], verified: false })).toBe(4);
  });
});
