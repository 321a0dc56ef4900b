import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the committed schema file, never from a running server, so that the client and
// the API change in the same commit. `pnpm codegen` rewrites src/generated and the API's manifest.
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
      config: {
        scalars: { DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        documentMode: 'string',
      },
    },
  },
};

export default config;
