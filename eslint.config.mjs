import nx from '@nx/eslint-plugin';

// The dependency direction of the design notes: apps → infra → contracts → rules.
// `rules` is pure law: it may not import our other libs, nor transport or persistence packages.
const transportAndPersistence = ['express', 'express/*', 'amqplib', 'amqplib/*', 'mongoose', 'mongoose/*', 'mongodb', 'pino', 'pino-http', '@opentelemetry/*', 'node:*', 'fs', 'http', 'net'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/node_modules', '**/dist', '**/coverage', '.nx'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', {
        enforceBuildableLibDependency: false,
        allow: [],
        depConstraints: [
          { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: transportAndPersistence },
          { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: ['express', 'amqplib', 'mongoose'] },
          { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain'] },
          { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain'] },
          { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:infra', 'type:contracts', 'type:domain'] },
          { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:tooling', 'type:client', 'type:infra', 'type:contracts', 'type:domain'] },
          // Code about code (the import-graph reader of the layer tests): depends on nothing of ours.
          { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: [] },
          { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:client', 'type:test', 'type:service', 'type:infra', 'type:contracts', 'type:domain'] },
          // The typed client imports none of ours (its generator, deploy/contracts, reads the services' route definitions).
          { sourceTag: 'type:client', onlyDependOnLibsWithTags: [] },
          { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:client'] },
        ],
      }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
