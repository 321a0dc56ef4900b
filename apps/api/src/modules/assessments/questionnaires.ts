import { BadInputError } from '../../graphql/errors';
import { QUESTIONNAIRE_V1 } from './questionnaire.v1';
import type { Questionnaire } from './questionnaire.types';

/** Every version ever published, so that old assessments stay readable; the last is current. */
const VERSIONS: readonly Questionnaire[] = [QUESTIONNAIRE_V1];

export const currentQuestionnaire = (): Questionnaire => VERSIONS[VERSIONS.length - 1]!;

export function questionnaireVersion(version: number, argument = 'version'): Questionnaire {
  const found = VERSIONS.find((q) => q.version === version);
  if (!found) throw new BadInputError(argument, `No questionnaire has the version ${version}.`);
  return found;
}
