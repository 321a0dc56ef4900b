import fs from 'node:fs';
import path from 'node:path';
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from '../modules/accounts/auth-checker';
import { loadResolvers } from './resolvers';

let cached: GraphQLSchema | null = null;

/** The executable schema, built once per process from the resolvers' decorators. */
export function getSchema(): GraphQLSchema {
  cached ??= resolveTypesByTypename(
    buildSchemaSync({
      resolvers: loadResolvers(),
      validate: { forbidUnknownValues: false },
      authChecker,
      emitSchemaFile: false,
    }),
  );
  return cached;
}

/**
 * type-graphql wraps every interface's and union's resolveType in an async function. Every object
 * our resolvers return names its type in `__typename`, so that is read first, synchronously: the
 * compiled execution of the prepared path (graphql-jit) needs a synchronous answer, and graphql-js
 * saves a promise per abstract value. Anything without it keeps the type's own resolveType.
 */
function resolveTypesByTypename(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const resolveType = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      const typename = (value as { __typename?: unknown } | null)?.__typename;
      return typeof typename === 'string' ? typename : resolveType(value, context, info, abstractType);
    };
  }
  return schema;
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
