import {
  allTerms,
  ancestorsOf,
  applicationTerms,
  childrenOf,
  crosswalks,
  depthOf,
  descendantsOf,
  LANGUAGES,
  rootsOf,
  schemeReleases,
  stageTerms,
  technologyTerms,
  termByCode,
  validateScheme,
  type CrosswalkDefinition,
  type Facet,
  type TermDefinition,
} from '../src';

const approved = allTerms.filter((term) => term.status === 'APPROVED');

function maxDepth(facet: Facet): number {
  return Math.max(...allTerms.filter((term) => term.facet === facet).map((term) => depthOf(term.code)));
}

/** A well-formed term for hand-made scheme fragments. */
function makeTerm(code: string, overrides: Partial<TermDefinition> = {}): TermDefinition {
  return {
    code,
    facet: 'TECHNOLOGY',
    parent: null,
    position: 1,
    labels: { en: `${code} en`, de: `${code} de`, fr: `${code} fr`, it: `${code} it` },
    descriptions: { en: 'Description.', de: 'Beschreibung.', fr: 'Description.', it: 'Descrizione.' },
    synonyms: [],
    status: 'APPROVED',
    ...overrides,
  };
}

const problemsOf = (terms: TermDefinition[], links: CrosswalkDefinition[] = []) =>
  validateScheme(terms, links).map(({ code, problem }) => ({ code, problem }));

describe('the classification scheme data', () => {
  it('has unique codes', () => {
    const codes = allTerms.map((term) => term.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every parent that exists, in the same facet', () => {
    for (const term of allTerms) {
      if (term.parent === null) continue;
      const parent = termByCode(term.parent);
      expect(parent).toBeDefined();
      expect(parent?.facet).toBe(term.facet);
    }
  });

  it('has no cycles: every parent chain reaches a top term', () => {
    const byCode = new Map(allTerms.map((term) => [term.code, term]));
    for (const term of allTerms) {
      const seen = new Set<string>();
      let current: TermDefinition | undefined = term;
      while (current !== undefined && current.parent !== null) {
        expect(seen.has(current.code)).toBe(false);
        seen.add(current.code);
        current = byCode.get(current.parent);
      }
      expect(current?.parent).toBeNull();
    }
  });

  it('has a label and a description in every language for every term', () => {
    for (const term of allTerms) {
      for (const language of LANGUAGES) {
        expect(term.labels[language].trim()).not.toBe('');
        expect(term.descriptions[language].trim()).not.toBe('');
      }
    }
  });

  it('uses lowercase facet-prefixed codes', () => {
    const prefix: Record<Facet, string> = { TECHNOLOGY: 'tech.', APPLICATION: 'app.', STAGE: 'stage.' };
    for (const term of allTerms) {
      expect(term.code).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(term.code.startsWith(prefix[term.facet])).toBe(true);
    }
  });

  it('has at least 150 approved terms', () => {
    expect(approved.length).toBeGreaterThanOrEqual(150);
    expect(technologyTerms.length + applicationTerms.length + stageTerms.length).toBe(allTerms.length);
  });

  it('is at least three levels deep for technologies and application areas', () => {
    expect(maxDepth('TECHNOLOGY')).toBeGreaterThanOrEqual(3);
    expect(maxDepth('APPLICATION')).toBeGreaterThanOrEqual(3);
    expect(ancestorsOf('tech.fibre-lasers').map((term) => term.code)).toEqual(['tech.lasers', 'tech.light-sources-lasers']);
  });

  it('orders the six value-chain stages 1..6 from materials to end use', () => {
    const stages = [...stageTerms].sort((a, b) => a.position - b.position);
    expect(stages.map((term) => term.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stages.map((term) => term.code)).toEqual([
      'stage.materials',
      'stage.components',
      'stage.modules-subsystems',
      'stage.systems-equipment',
      'stage.integration-services',
      'stage.end-use',
    ]);
    expect(stages.every((term) => term.parent === null)).toBe(true);
  });

  it.each([
    ['lasers', 'tech.lasers'],
    ['sensors', 'tech.sensors-imaging'],
    ['lighting', 'tech.lighting'],
    ['telecommunications', 'app.telecom-datacom'],
    ['telecommunications', 'tech.optical-communication'],
    ['laser-assisted manufacturing', 'tech.laser-processing'],
    ['microwave photonics', 'tech.microwave-photonics'],
    ['organic electronics', 'tech.organic-printed-electronics'],
    ['photonic integrated circuits', 'tech.photonic-integrated-circuits'],
    ['entertainment', 'app.entertainment-media'],
    ['advanced manufacturing', 'app.advanced-manufacturing'],
    ['aerospace', 'app.aerospace'],
    ['metalworking', 'app.metalworking'],
    ['industry 4.0', 'app.industry-4-0'],
  ])('covers the seed-document term "%s" with an approved term (%s)', (phrase, code) => {
    const names = (term: TermDefinition) => [term.labels.en, ...term.synonyms].map((name) => name.toLowerCase());
    const matches = approved.filter((term) => names(term).some((name) => name === phrase || name.startsWith(`${phrase} `)));
    expect(matches.map((term) => term.code)).toContain(code);
  });

  it('keeps deprecated terms pointing at approved replacements', () => {
    const deprecated = allTerms.filter((term) => term.status === 'DEPRECATED');
    expect(deprecated.length).toBeGreaterThanOrEqual(1);
    for (const term of deprecated) {
      expect(termByCode(term.replacedBy ?? '')?.status).toBe('APPROVED');
    }
  });

  it('crosswalks every top technology and application term', () => {
    const mapped = new Set(crosswalks.map((crosswalk) => crosswalk.term));
    const tops = allTerms.filter((term) => term.parent === null && term.status === 'APPROVED' && term.facet !== 'STAGE');
    expect(tops.filter((term) => !mapped.has(term.code)).map((term) => term.code)).toEqual([]);
    expect(crosswalks.some((c) => c.scheme === 'NACE_REV2' && c.externalCode === '26.70')).toBe(true);
    expect(crosswalks.some((c) => c.scheme === 'KET' && c.externalCode === 'KET-PHOTONICS')).toBe(true);
  });

  it('has a release', () => {
    expect(schemeReleases.length).toBeGreaterThanOrEqual(1);
    for (const release of schemeReleases) {
      expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(release.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('tree navigation', () => {
  it('lists children in position order', () => {
    const children = childrenOf('tech.lasers');
    expect(children.map((term) => term.code)).toContain('tech.fibre-lasers');
    const positions = children.map((term) => term.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists every descendant once, and nothing for a leaf or an unknown code', () => {
    const descendants = descendantsOf('tech.light-sources-lasers').map((term) => term.code);
    expect(descendants).toEqual(expect.arrayContaining(['tech.lasers', 'tech.fibre-lasers', 'tech.vcsels']));
    expect(new Set(descendants).size).toBe(descendants.length);
    expect(descendantsOf('tech.vcsels')).toEqual([]);
    expect(descendantsOf('tech.unknown')).toEqual([]);
    expect(ancestorsOf('tech.unknown')).toEqual([]);
  });

  it('returns the top terms of a facet', () => {
    expect(rootsOf('APPLICATION').map((term) => term.code)).toContain('app.aerospace');
    expect(rootsOf('STAGE')).toHaveLength(6);
  });
});

describe('validateScheme', () => {
  it('finds no problem in the real scheme', () => {
    expect(validateScheme(allTerms, crosswalks)).toEqual([]);
  });

  it('accepts a small sound scheme', () => {
    expect(problemsOf([makeTerm('tech.a'), makeTerm('tech.b', { parent: 'tech.a' })])).toEqual([]);
  });

  it('detects a duplicate code', () => {
    expect(problemsOf([makeTerm('tech.a'), makeTerm('tech.a', { position: 2 })])).toContainEqual({
      code: 'tech.a',
      problem: 'DUPLICATE_CODE',
    });
  });

  it('detects a dangling parent', () => {
    expect(problemsOf([makeTerm('tech.a', { parent: 'tech.missing' })])).toContainEqual({ code: 'tech.a', problem: 'MISSING_PARENT' });
  });

  it('detects a two-node cycle', () => {
    const problems = problemsOf([makeTerm('tech.a', { parent: 'tech.b' }), makeTerm('tech.b', { parent: 'tech.a' })]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'tech.a', problem: 'CYCLE' },
        { code: 'tech.b', problem: 'CYCLE' },
      ]),
    );
  });

  it('detects a missing Italian label and a blank description', () => {
    const term = makeTerm('tech.a');
    const broken: TermDefinition = {
      ...term,
      labels: { ...term.labels, it: '' },
      descriptions: { ...term.descriptions, fr: '   ' },
    };
    const problems = validateScheme([broken], []);
    expect(problems).toContainEqual({ code: 'tech.a', problem: 'MISSING_LABEL', detail: 'No it label.' });
    expect(problems.map((p) => p.problem)).toContain('MISSING_DESCRIPTION');
  });

  it('detects a deprecated term pointing at nothing, or at no term at all', () => {
    expect(problemsOf([makeTerm('tech.old', { status: 'DEPRECATED', replacedBy: 'tech.nowhere' })])).toContainEqual({
      code: 'tech.old',
      problem: 'BAD_REPLACEMENT',
    });
    expect(problemsOf([makeTerm('tech.old', { status: 'DEPRECATED' })])).toContainEqual({ code: 'tech.old', problem: 'BAD_REPLACEMENT' });
  });

  it('detects a parent in another facet', () => {
    const problems = problemsOf([makeTerm('tech.a'), makeTerm('app.b', { facet: 'APPLICATION', parent: 'tech.a' })]);
    expect(problems).toContainEqual({ code: 'app.b', problem: 'FACET_MISMATCH' });
  });

  it('detects badly formed codes', () => {
    expect(problemsOf([makeTerm('tech.Fibre_Lasers')])).toContainEqual({ code: 'tech.Fibre_Lasers', problem: 'BAD_CODE_FORMAT' });
    expect(problemsOf([makeTerm('app.lasers')])).toContainEqual({ code: 'app.lasers', problem: 'BAD_CODE_FORMAT' });
  });

  it('detects crosswalks to unknown terms and to codes that are not NACE or KET codes', () => {
    const nace = (term: string, externalCode: string): CrosswalkDefinition => ({
      term,
      scheme: 'NACE_REV2',
      externalCode,
      externalLabel: 'Label',
      match: 'RELATED',
    });
    const problems = problemsOf([makeTerm('tech.a')], [nace('tech.ghost', '26.70'), nace('tech.a', '2670x')]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'tech.ghost', problem: 'UNKNOWN_CROSSWALK_TERM' },
        { code: 'tech.a', problem: 'BAD_CROSSWALK' },
      ]),
    );
  });

  it('detects clashing sibling positions and stages that are not a flat 1..n list', () => {
    const stage = (code: string, position: number, parent: string | null = null) => makeTerm(code, { facet: 'STAGE', position, parent });
    const problems = problemsOf([stage('stage.a', 1), stage('stage.b', 1), stage('stage.c', 3, 'stage.a')]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'stage.b', problem: 'BAD_POSITION' },
        { code: 'stage.c', problem: 'STAGE_NOT_FLAT' },
      ]),
    );
  });

  // Speed belongs in benchmarks; this checks the walk is iterative (no stack overflow on deep trees).
  it('validates a 20,000-term deep chain', () => {
    const chain: TermDefinition[] = [makeTerm('tech.n0')];
    for (let i = 1; i < 20000; i += 1) chain.push(makeTerm(`tech.n${i}`, { parent: `tech.n${i - 1}` }));
    expect(validateScheme(chain, [])).toEqual([]);
  });
});
