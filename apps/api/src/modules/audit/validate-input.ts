import { validate, type ValidationError } from 'class-validator';
import { BadInputError } from '../../graphql/errors';

function firstError(errors: ValidationError[], path: string): { path: string; message: string } | null {
  for (const error of errors) {
    const here = `${path}.${error.property}`;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { path: here, message };
    const nested = firstError(error.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/**
 * Runs the class-validator rules of a mutation input and reports the first failure as
 * BAD_USER_INPUT with the field's path (e.g. `input.trl`). The arguments are declared with
 * `validate: false` so that this, and not type-graphql's generic error, answers.
 */
export async function validateInput<T extends object>(input: T, argument = 'input'): Promise<T> {
  const failure = firstError(await validate(input, { forbidUnknownValues: false }), argument);
  if (failure) throw new BadInputError(failure.path, `${failure.path}: ${failure.message}`);
  return input;
}
