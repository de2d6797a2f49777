import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Operation types for the portal, generated from the API's committed schema file (not a running
 * API), so `pnpm codegen` is deterministic and works offline; CI fails when the output drifts.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  // Operations live next to the server code that sends them; the browser never talks to the API.
  documents: ['app/**/*.server.ts', '!app/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings instead of parsed ASTs: the portal only POSTs the text, so no graphql-js at run time.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
      },
    },
  },
};

export default config;
