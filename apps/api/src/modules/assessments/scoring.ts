import { BadInputError } from '../../graphql/errors';
import type { Dimension, Questionnaire, ReadinessLevel } from './questionnaire.types';

export interface AnswerInput {
  question: string;
  option: string;
}

export interface ScoredAnswer extends AnswerInput {
  points: number;
}

export interface DimensionScore {
  dimension: Dimension;
  /** 0 to 100, one decimal. */
  score: number;
  weight: number;
}

export interface Scored {
  answers: ScoredAnswer[];
  dimensions: DimensionScore[];
  overall: number;
  level: ReadinessLevel;
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** Checks that every question is answered once with one of its options; errors name the answer at fault. */
export function checkAnswers(questionnaire: Questionnaire, answers: AnswerInput[]): ScoredAnswer[] {
  const questions = new Map(questionnaire.dimensions.flatMap((d) => d.questions).map((q) => [q.code, q]));
  const seen = new Set<string>();
  const scored = answers.map((answer, index) => {
    const question = questions.get(answer.question);
    if (!question)
      throw new BadInputError(`input.answers[${index}].question`, `No question has the code "${answer.question.slice(0, 100)}".`);
    if (seen.has(answer.question)) throw new BadInputError(`input.answers[${index}].question`, `"${answer.question}" is answered twice.`);
    seen.add(answer.question);
    const option = question.options.find((o) => o.code === answer.option);
    if (!option) {
      throw new BadInputError(
        `input.answers[${index}].option`,
        `"${answer.option.slice(0, 100)}" is not an option of "${answer.question}"; use one of ${question.options.map((o) => o.code).join(', ')}.`,
      );
    }
    return { question: answer.question, option: answer.option, points: option.points };
  });
  const missing = [...questions.keys()].filter((code) => !seen.has(code));
  if (missing.length > 0) throw new BadInputError('input.answers', `Every question needs an answer; missing: ${missing.join(', ')}.`);
  return scored;
}

/**
 * The scores of a complete set of answers (docs/methodology.md): a dimension scores its points
 * as a percentage of its maximum; the overall score is the weighted mean of the unrounded
 * dimension scores; the level follows the rounded overall score, capped when a dimension is
 * below the questionnaire's cap threshold.
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: AnswerInput[]): Scored {
  const checked = checkAnswers(questionnaire, answers);
  const points = new Map(checked.map((a) => [a.question, a.points]));
  const exact = questionnaire.dimensions.map((d) => {
    const got = d.questions.reduce((sum, q) => sum + points.get(q.code)!, 0);
    const max = d.questions.reduce((sum, q) => sum + Math.max(...q.options.map((o) => o.points)), 0);
    return { dimension: d.dimension, weight: d.weight, score: (100 * got) / max };
  });
  const totalWeight = exact.reduce((sum, d) => sum + d.weight, 0);
  const overall = oneDecimal(exact.reduce((sum, d) => sum + d.weight * d.score, 0) / totalWeight);
  const dimensions = exact.map((d) => ({ ...d, score: oneDecimal(d.score) }));
  return { answers: checked, dimensions, overall, level: levelOf(questionnaire, overall, dimensions) };
}

export function levelOf(questionnaire: Questionnaire, overall: number, dimensions: DimensionScore[]): ReadinessLevel {
  const byScore = [...questionnaire.levels].reverse().find((l) => overall >= l.minScore)!.level;
  if (!dimensions.some((d) => d.score < questionnaire.capBelow)) return byScore;
  const order = questionnaire.levels.map((l) => l.level);
  return order.indexOf(byScore) > order.indexOf(questionnaire.cappedLevel) ? questionnaire.cappedLevel : byScore;
}

/** The weak dimensions (below `weakBelow`), weakest first; ties keep the questionnaire's order. */
export function weakDimensions(questionnaire: Questionnaire, dimensions: DimensionScore[]): DimensionScore[] {
  return dimensions
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => d.score < questionnaire.weakBelow)
    .sort((a, b) => a.d.score - b.d.score || a.index - b.index)
    .map(({ d }) => d);
}
