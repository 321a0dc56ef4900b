import { activeFilters, knowledgeHref, listVariables, readFilters, withoutFilter } from '../src/features/knowledge/knowledge-filters';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('knowledge list filters in the URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const href =
      '/knowledge?q=laser&kind=GUIDE&language=de&term=app.aerospace&term=tech.lasers&country=CA&valueChain=pic-datacom&author=produtech&organization=alpha-rlh&community=sensing-industry-4-0';
    const filters = read(href.split('?')[1]!);
    expect(filters).toEqual({
      q: 'laser',
      kind: 'GUIDE',
      language: 'de',
      terms: ['app.aerospace', 'tech.lasers'],
      country: 'CA',
      valueChain: 'pic-datacom',
      author: 'produtech',
      organization: 'alpha-rlh',
      community: 'sensing-industry-4-0',
    });
    expect(knowledgeHref(filters)).toBe(href);
  });

  it('drops values the API would refuse anyway: unknown kinds and languages, duplicate and surplus terms, blanks', () => {
    const filters = read('kind=POEM&language=xx&term=a&term=a&term=b&term=c&term=d&term=e&term=f&organization=%20&country=ca');
    expect(filters.kind).toBeNull();
    expect(filters.language).toBeNull();
    expect(filters.terms).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(filters.organization).toBeNull();
    expect(filters.country).toBe('CA');
    expect(knowledgeHref({})).toBe('/knowledge');
  });

  it('removes one chip at a time and maps each filter to its API argument', () => {
    const filters = read('term=app.aerospace&term=tech.lasers&community=c1&language=fr');
    expect(activeFilters(filters)).toEqual([
      { name: 'community', value: 'c1' },
      { name: 'term', value: 'app.aerospace' },
      { name: 'term', value: 'tech.lasers' },
    ]);
    expect(knowledgeHref(withoutFilter(filters, 'term', 'app.aerospace'))).toBe('/knowledge?language=fr&term=tech.lasers&community=c1');
    expect(knowledgeHref(withoutFilter(filters, 'community', 'c1'))).toBe('/knowledge?language=fr&term=app.aerospace&term=tech.lasers');
    expect(listVariables(filters)).toEqual({
      query: null,
      kind: null,
      language: 'FR',
      terms: ['app.aerospace', 'tech.lasers'],
      targetCountry: null,
      valueChain: null,
      author: null,
      organization: null,
      community: 'c1',
    });
  });
});
