import jsonld from 'jsonld';
import { Parser } from 'n3';
import { resetDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;

beforeAll(async () => {
  await resetDatabase({ demo: 120 });
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

const get = (path: string) => fetch(`${api.url}${path}`);

describe('exports over plain HTTP', () => {
  it('gives organizations as CSV with a header, one row per organization, and defused formulas', async () => {
    const res = await get('/export/organizations.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'slug,name,kind,country,region,city,latitude,longitude,website,size_band,founded_year,verified,clusters,technologies,stages,applications,trl_max,description',
    );
    expect(lines.length - 1).toBeGreaterThan(140);
    expect(lines.some((l) => l.startsWith('photonics-bretagne,Photonics Bretagne,CLUSTER,FR'))).toBe(true);
  });

  it('filters the CSV and refuses a bad filter with 400 naming the parameter', async () => {
    const fr = (await (await get('/export/organizations.csv?country=FR&kind=CLUSTER')).text()).trimEnd().split('\r\n').slice(1);
    expect(fr.length).toBeGreaterThan(0);
    expect(fr.every((l) => l.includes(',CLUSTER,FR,'))).toBe(true);
    const bad = await get('/export/organizations.csv?country=France');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/"country"/);
  });

  it('gives organizations as schema.org JSON-LD that expands', async () => {
    const res = await get('/export/organizations.jsonld?country=FR');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { '@graph': Record<string, unknown>[] };
    expect(doc['@graph'].length).toBeGreaterThan(0);
    const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument);
    const types = expanded.flatMap((n) => (n['@type'] as string[] | undefined) ?? []);
    expect(types).toContain('https://schema.org/Organization');
  });

  it('gives the classification scheme as SKOS Turtle that parses, and as JSON-LD that expands', async () => {
    const ttl = await get('/export/scheme.ttl');
    expect(ttl.status).toBe(200);
    const quads = new Parser().parse(await ttl.text());
    const concepts = quads.filter(
      (q) => q.predicate.value.endsWith('#type') && q.object.value === 'http://www.w3.org/2004/02/skos/core#Concept',
    );
    expect(concepts.length).toBeGreaterThan(150);
    const prefLabels = quads.filter((q) => q.predicate.value === 'http://www.w3.org/2004/02/skos/core#prefLabel');
    expect(new Set(prefLabels.map((q) => (q.object as { language?: string }).language))).toEqual(new Set(['en', 'de', 'fr', 'it']));
    const json = await get('/export/scheme.jsonld');
    const expanded = await jsonld.expand((await json.json()) as jsonld.JsonLdDocument);
    expect(expanded.length).toBeGreaterThan(150);
  });

  it('serves a published release by version and 404s an unknown one', async () => {
    expect((await get('/export/scheme.ttl?version=1.0.0')).status).toBe(200);
    expect((await get('/export/scheme.ttl?version=9.9.9')).status).toBe(404);
  });
});
