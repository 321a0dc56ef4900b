import fs from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  isEnumType,
  type GraphQLSchema,
} from 'graphql';
import { getSchema, printPublicSchema, SCHEMA_FILE } from '../../src/graphql/schema';

describe('the committed schema', () => {
  it('is what the code emits (run `pnpm --filter @lightbridge/api schema:emit` after changing the API)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printPublicSchema());
  });

  it('has no breaking change against the committed file', () => {
    const committed = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(findBreakingChanges(committed, getSchema())).toEqual([]);
  });

  it('describes every public type, field and argument', () => {
    expect(undocumented(getSchema())).toEqual([]);
  });

  it('makes every list of objects a connection or a documented bounded list', () => {
    const schema = getSchema();
    const offending: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const printed = String(field.type);
        if (
          printed.startsWith('[') &&
          !/bounded|short list|at most|in order|nearest first/i.test(field.description ?? '') &&
          !/^\[(String|Int|Float|Boolean|ID)/.test(printed)
        ) {
          offending.push(`${type.name}.${field.name}: ${printed}`);
        }
        for (const arg of field.args) {
          if (arg.name === 'first' && !/1 to 100/.test(arg.description ?? ''))
            offending.push(`${type.name}.${field.name}(first) lacks the page-size rule`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'Subscription'].includes(type.name))
      continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}
