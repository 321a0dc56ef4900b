import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from '../modules/accounts/auth-checker';
import { loadResolvers } from './resolvers';

let cached: GraphQLSchema | null = null;

/** The executable schema, built once per process from the resolvers' decorators. */
export function getSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: loadResolvers(),
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
  return cached;
}

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** The SDL as committed in apps/api/schema.graphql: sorted, so that diffs show real changes only. */
export function printPublicSchema(schema: GraphQLSchema = getSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function writeSchemaFile(): string {
  const sdl = printPublicSchema();
  fs.writeFileSync(SCHEMA_FILE, sdl);
  return SCHEMA_FILE;
}
