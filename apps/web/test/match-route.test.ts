import { matchRoute } from '../src/app/match-route';

describe('matchRoute', () => {
  test('matches static and parameter segments, decoding parameters', () => {
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/directory', '/directory/')).toEqual({});
    expect(matchRoute('/organizations/:slug', '/organizations/photonics%20bretagne')).toEqual({ slug: 'photonics bretagne' });
  });

  test('refuses other paths and malformed escapes', () => {
    expect(matchRoute('/organizations/:slug', '/organizations')).toBeNull();
    expect(matchRoute('/organizations/:slug', '/organizations/a/b')).toBeNull();
    expect(matchRoute('/directory', '/map')).toBeNull();
    expect(matchRoute('/organizations/:slug', '/organizations/%E0%A4%A')).toBeNull();
  });
});
