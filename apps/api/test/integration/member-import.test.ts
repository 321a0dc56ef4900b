import type { DataSource } from 'typeorm';
import { importMembers } from '../../src/modules/imports/member-import.service';
import { openTestDataSource, resetDatabase } from '../support/database';
import { startTestApi } from '../support/api';

let db: DataSource;
let clusterId: number;

const HEADER =
  'name,kind,country,region,city,website,external_id,size_band,founded_year,description,latitude,longitude,member_since,technology,stage,applications,trl';

beforeAll(async () => {
  await resetDatabase({ demo: 0 });
  db = await openTestDataSource();
  const [cluster] = (await db.query(`SELECT id FROM organization WHERE slug = 'photonics-bretagne'`)) as { id: number }[];
  clusterId = cluster!.id;
});

afterAll(async () => {
  await db.destroy();
});

const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');
const run = (bytes: Buffer, dryRun: boolean, format: 'CSV' | 'JSON' = 'CSV') =>
  importMembers(db, bytes, { clusterId, format, dryRun, actorUserId: null });
const count = async (sql: string) => Number(((await db.query(sql)) as { n: string }[])[0]!.n);

const GOOD =
  'Lumière Optique SAS,SME,FR,FRH0,Lannion,https://www.lumiere-optique.example,siren:123456789,SMALL,2012,Fibre lasers for inspection,48.73,-3.46,2020-01-15,tech.fibre-lasers,stage.components,app.automotive-mobility;app.aerospace,6';

describe('member import', () => {
  it('names every problem of a file with twenty kinds of bad rows, and writes nothing in a dry run', async () => {
    const before = await count('SELECT count(*) AS n FROM organization');
    const rows = [
      ',SME,FR,,,,,,,,,,,,,,', // 1 missing name
      'Bad Country,SME,XX,,,,,,,,,,,,,,', // 2 country
      'Unknown Term,SME,FR,,,,,,,,,,,tech.does-not-exist,stage.components,,5', // 3 unknown term
      'Trl Zero,SME,FR,,,,,,,,,,,tech.fibre-lasers,stage.components,,0', // 4 TRL 0
      GOOD, // 5 good
      GOOD, // 6 duplicate of 5
      `Huge Cell,SME,FR,,,,,,,${'x'.repeat(1_000_000)},,,,,,,`, // 7 1 MB cell
      "Formula,SME,FR,,,,,,,=cmd|' /C calc'!A0,,,,,,,", // 8 formula injection
      'Bad Kind,SPACESHIP,FR,,,,,,,,,,,,,,', // 9 kind
      'Bad Size,SME,FR,,,,,HUGE,,,,,,,,,', // 10 size band
      'Bad Year,SME,FR,,,,,,1492,,,,,,,,', // 11 founded year
      'Bad Website,SME,FR,,,notaurl,,,,,,,,,,,', // 12 website
      'Bad Lat,SME,FR,,,,,,,,123,,,,,,', // 13 latitude
      'Bad Lon,SME,FR,,,,,,,,,-500,,,,,', // 14 longitude
      'Bad Region,SME,FR,fr-bretagne!,,,,,,,,,,,,,', // 15 region
      'Wrong Facet,SME,FR,,,,,,,,,,,app.automotive-mobility,stage.components,,5', // 16 facet
      'Trl Text,SME,FR,,,,,,,,,,,tech.fibre-lasers,stage.components,,high', // 17 TRL not a number
      'Too,Many,FR,,,,,,,,,,,,,,,,,,,extra,cells', // 18 too many cells
      `${'N'.repeat(400)},SME,FR,,,,,,,,,,,,,,`, // 19 name too long
      'Bad Date,SME,FR,,,,,,,,,,2020-13-45,,,,', // 20 member_since
      'Bad Id,SME,FR,,,,no id here,,,,,,,,,,', // 21 external id
      'No Stage,SME,FR,,,,,,,,,,,tech.fibre-lasers,,,5', // 22 capability without stage
    ];
    const bytes = Buffer.concat([csv(...rows), Buffer.from('\nLatin1 \xe9t\xe9,SME,FR,,,,,,,,,,,,,,', 'latin1')]); // 23 wrong encoding
    const report = await run(bytes, true);
    const byRow = new Map<number, string[]>();
    for (const p of report.problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), `${p.column ?? '-'}: ${p.reason}`]);
    const expectations: [number, string | null, RegExp][] = [
      [1, 'name', /missing/],
      [2, 'country', /ISO 3166/],
      [3, 'technology', /Unknown term/],
      [4, 'trl', /1 to 9/],
      [6, null, /Duplicate of row 5/],
      [7, 'description', /characters long/],
      [8, 'description', /formula/],
      [9, 'kind', /not a kind/],
      [10, 'size_band', /size band/],
      [11, 'founded_year', /1800/],
      [12, 'website', /URL/],
      [13, 'latitude', /-90 to 90/],
      [14, 'longitude', /-180 to 180/],
      [15, 'region', /NUTS/],
      [16, 'technology', /APPLICATION term/],
      [17, 'trl', /whole number/],
      [18, null, /cells/],
      [19, 'name', /longer than/],
      [20, 'member_since', /date/],
      [21, 'external_id', /scheme:value/],
      [22, 'stage', /needs a value-chain stage/],
      [23, null, /UTF-8/],
    ];
    for (const [row, column, reason] of expectations) {
      const found = report.problems.find((p) => p.row === row && p.column === column && reason.test(p.reason));
      if (!found) throw new Error(`row ${row}: expected ${column}: ${reason}, got ${JSON.stringify(byRow.get(row))}`);
    }
    expect(byRow.has(5)).toBe(false);
    expect(report).toMatchObject({ dryRun: true, applied: false });
    expect(await count('SELECT count(*) AS n FROM organization')).toBe(before);
  });

  it('writes nothing when one row of a real run is bad', async () => {
    const before = await count('SELECT count(*) AS n FROM organization');
    const report = await run(
      csv(GOOD, 'Second Good,SME,DE,DE11,Stuttgart,https://second.example,,,,,,,,,,,', 'Bad,SME,XX,,,,,,,,,,,,,,'),
      false,
    );
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ row: 3, column: 'country' })]);
    expect(await count('SELECT count(*) AS n FROM organization')).toBe(before);
  });

  it('imports, then re-imports the same file without changing anything, matching by website and identifier', async () => {
    const file = csv(
      GOOD,
      'Lumière Optique SAS,SME,FR,FRH0,Lannion,https://www.lumiere-optique.example,siren:123456789,SMALL,2012,Fibre lasers for inspection,48.73,-3.46,2020-01-15,tech.photonic-integrated-circuits,stage.modules-subsystems,app.telecom-datacom,4',
      'Fraunhofer FEP,RESEARCH_ORGANIZATION,DE,DED2,Dresden,https://www.fep.fraunhofer.de,,LARGE,,Electron beam and plasma technology,,,,,,,',
    );
    const dry = await run(file, true);
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({ applied: false, created: 1, capabilitiesAdded: 2 });
    const first = await run(file, false);
    expect(first).toMatchObject({ applied: true, created: 1, membershipsAdded: 2, capabilitiesAdded: 2 });
    expect(first.updated + first.unchanged).toBe(1); // Fraunhofer FEP matched by its website domain
    const audit = await count(`SELECT count(*) AS n FROM audit_entry WHERE entity_type = 'Organization'`);
    const again = await run(file, false);
    expect(again).toMatchObject({
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 2,
      membershipsAdded: 0,
      capabilitiesAdded: 0,
      capabilitiesUpdated: 0,
    });
    expect(await count(`SELECT count(*) AS n FROM audit_entry WHERE entity_type = 'Organization'`)).toBe(audit);
    const byId = await run(
      csv('Lumiere Optique (renamed),SME,FR,FRH0,Lannion,,siren:123456789,SMALL,2012,Fibre lasers for inspection,48.73,-3.46,,,,,'),
      false,
    );
    expect(byId).toMatchObject({ created: 0, updated: 1 });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE external_ids->>'siren' = '123456789'`)).toBe(1);
  });

  it('accepts JSON and reports a malformed file as a whole', async () => {
    const json = Buffer.from(
      JSON.stringify([
        {
          name: 'Json Photonics',
          country: 'IT',
          website: 'https://json-photonics.example',
          technology: 'tech.fibre-lasers',
          stage: 'stage.components',
          applications: ['app.automotive-mobility'],
          trl: 7,
        },
      ]),
    );
    expect(await run(json, true, 'JSON')).toMatchObject({ problems: [], created: 1, capabilitiesAdded: 1 });
    expect((await run(Buffer.from('{not json'), true, 'JSON')).problems).toEqual([expect.objectContaining({ row: 0, column: null })]);
    expect((await run(Buffer.from('nom,pays\nA,FR'), true)).problems.map((p) => p.column)).toEqual(
      expect.arrayContaining(['nom', 'name', 'country']),
    );
  });

  it('imports 10,000 rows in one transaction', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Bulk Photonics ${i},SME,DE,DE11,Stuttgart,https://bulk-${i}.example,,MICRO,2015,,48.7,9.1,,tech.fibre-lasers,stage.components,app.automotive-mobility,${1 + (i % 9)}`,
    );
    const report = await run(csv(...rows), false);
    expect(report).toMatchObject({ applied: true, created: 10_000, capabilitiesAdded: 10_000, problems: [] });
  });

  it('is a mutation that anonymous callers cannot use', async () => {
    const api = await startTestApi();
    try {
      const res = await api.graphql(
        `mutation { importMembers(input: { cluster: "photonics-bretagne", content: "name,country\\nA,FR" }) { rows } }`,
      );
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
    }
  });
});
