import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL in ../schema is the only copy of the contract; src/gql is generated and git-ignored.
const config: CodegenConfig = {
  schema: '../schema/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // ISO-8601 strings on the wire; a scalar added later reads as `unknown` until mapped here.
        scalars: { Date: 'string', DateTime: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
