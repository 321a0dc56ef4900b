import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Language } from '../../graphql/language';
import { currentQuestionnaire } from './questionnaires';
import { DIMENSIONS, LEVELS, type Dimension, type Questionnaire, type ReadinessLevel as Level } from './questionnaire.types';

export const ReadinessDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, d])) as { [K in Dimension]: K };
registerEnumType(ReadinessDimension, {
  name: 'ReadinessDimension',
  description: 'A dimension of export readiness; each has its questions and score.',
  valuesConfig: Object.fromEntries(currentQuestionnaire().dimensions.map((d) => [d.dimension, { description: d.label.en }])),
});

export const ReadinessLevel = Object.fromEntries(LEVELS.map((l) => [l, l])) as { [K in Level]: K };
registerEnumType(ReadinessLevel, {
  name: 'ReadinessLevel',
  description: 'How ready to export an organization is, from its overall score (see docs/methodology.md).',
  valuesConfig: {
    STARTING: { description: 'Overall score below 40.' },
    DEVELOPING: { description: 'Overall score from 40, or any dimension below the cap threshold.' },
    READY: { description: 'Overall score from 60.' },
    EXPERIENCED: { description: 'Overall score from 80.' },
  },
});

@ObjectType({ description: 'One answer a question accepts.' })
export class QuestionnaireOption {
  @Field(() => String, { description: 'Code to send in an answer.' })
  code!: string;

  @Field(() => String, { description: 'The option in the requested language.' })
  label!: string;

  @Field(() => Int, { description: 'Points the option scores.' })
  points!: number;
}

@ObjectType({ description: 'A question of the self-assessment.' })
export class QuestionnaireQuestion {
  @Field(() => String, { description: 'Code to send in an answer, e.g. "strategy.plan".' })
  code!: string;

  @Field(() => String, { description: 'The question in the requested language.' })
  text!: string;

  @Field(() => [QuestionnaireOption], { description: 'The options, lowest score first (a short list).' })
  options!: QuestionnaireOption[];
}

@ObjectType({ description: 'A dimension of the questionnaire with its questions.' })
export class QuestionnaireDimension {
  @Field(() => ReadinessDimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => String, { description: 'Its name in the requested language.' })
  label!: string;

  @Field(() => Int, { description: 'Its weight in the overall score.' })
  weight!: number;

  @Field(() => [QuestionnaireQuestion], { description: 'Its questions, in order (a short list).' })
  questions!: QuestionnaireQuestion[];
}

@ObjectType({ description: 'A readiness level and the lowest overall score that reaches it.' })
export class QuestionnaireLevel {
  @Field(() => ReadinessLevel, { description: 'The level.' })
  level!: Level;

  @Field(() => String, { description: 'Its name in the requested language.' })
  label!: string;

  @Field(() => Int, { description: 'Lowest overall score of the level.' })
  minScore!: number;
}

@ObjectType({ description: 'The export-readiness self-assessment: its questions in one language and its scoring thresholds.' })
export class ExportReadinessQuestionnaire {
  @Field(() => Int, { description: 'Version; submitted assessments keep the version they answered.' })
  version!: number;

  @Field(() => [QuestionnaireDimension], { description: 'The dimensions in order (a short list).' })
  dimensions!: QuestionnaireDimension[];

  @Field(() => [QuestionnaireLevel], { description: 'The levels, lowest first (a short list).' })
  levels!: QuestionnaireLevel[];

  @Field(() => Int, { description: 'Dimensions scoring below this get recommendations.' })
  weakBelow!: number;

  @Field(() => Int, { description: 'A dimension scoring below this caps the level at `cappedLevel`.' })
  capBelow!: number;

  @Field(() => ReadinessLevel, { description: 'The highest level while a dimension is below `capBelow`.' })
  cappedLevel!: Level;
}

/** The questionnaire's texts in one language. */
export function localizeQuestionnaire(q: Questionnaire, language: Language): ExportReadinessQuestionnaire {
  return Object.assign(new ExportReadinessQuestionnaire(), {
    version: q.version,
    weakBelow: q.weakBelow,
    capBelow: q.capBelow,
    cappedLevel: q.cappedLevel,
    levels: q.levels.map((l) => ({ level: l.level, minScore: l.minScore, label: l.label[language] })),
    dimensions: q.dimensions.map((d) => ({
      dimension: d.dimension,
      label: d.label[language],
      weight: d.weight,
      questions: d.questions.map((question) => ({
        code: question.code,
        text: question.text[language],
        options: question.options.map((o) => ({ code: o.code, label: o.label[language], points: o.points })),
      })),
    })),
  });
}
