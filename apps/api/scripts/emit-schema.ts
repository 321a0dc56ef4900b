/** Writes apps/api/schema.graphql from the code. Usage: pnpm --filter @lightbridge/api schema:emit */
import 'reflect-metadata';
import { writeSchemaFile } from '../src/graphql/schema';

console.log(`Wrote ${writeSchemaFile()}`);
