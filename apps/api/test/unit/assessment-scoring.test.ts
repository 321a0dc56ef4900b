import { QUESTIONNAIRE_V1 } from '../../src/modules/assessments/questionnaire.v1';
import { levelOf, scoreAnswers, weakDimensions } from '../../src/modules/assessments/scoring';
import { ANSWER_SETS, answers } from '../support/assessment-answers';

describe('export-readiness scoring (pure)', () => {
  it('has every text in four languages and a zero-point option per question', () => {
    for (const d of QUESTIONNAIRE_V1.dimensions) {
      const texts = [d.label, d.recommendation.advice, ...d.questions.flatMap((q) => [q.text, ...q.options.map((o) => o.label)])];
      for (const text of texts) for (const language of ['en', 'de', 'fr', 'it'] as const) expect(text[language].length).toBeGreaterThan(0);
      for (const q of d.questions) expect(Math.min(...q.options.map((o) => o.points))).toBe(0);
    }
  });

  it('rounds dimensions to one decimal but averages the unrounded ones', () => {
    const scored = scoreAnswers(QUESTIONNAIRE_V1, answers(ANSWER_SETS.boundary));
    expect(scored.dimensions.map((d) => d.score)).toEqual([66.7, 66.7, 66.7, 33.3, 33.3, 66.7, 66.7, 66.7]);
    // Averaging the rounded scores would give 60.02; the unrounded ones give exactly 60.
    expect(scored.overall).toBe(60);
    expect(scored.level).toBe('READY');
  });

  it('caps the level while a dimension is below 25, and lists weak dimensions weakest first', () => {
    const dims = QUESTIONNAIRE_V1.dimensions.map((d, i) => ({ dimension: d.dimension, weight: d.weight, score: i === 3 ? 24.9 : 95 }));
    expect(levelOf(QUESTIONNAIRE_V1, 88.5, dims)).toBe('DEVELOPING');
    expect(levelOf(QUESTIONNAIRE_V1, 35, dims)).toBe('STARTING');
    dims[3]!.score = 25;
    expect(levelOf(QUESTIONNAIRE_V1, 88.5, dims)).toBe('EXPERIENCED');
    dims[0]!.score = 59.9;
    dims[5]!.score = 25;
    expect(weakDimensions(QUESTIONNAIRE_V1, dims).map((d) => d.dimension)).toEqual(['LANGUAGES', 'PRODUCT_ADAPTATION', 'STRATEGY']);
  });
});
