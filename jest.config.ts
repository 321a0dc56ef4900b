import type { Config } from 'jest';

const swc: Config['transform'] = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const workspacePackages = {
  '^@lightbridge/taxonomy$': '<rootDir>/../../packages/taxonomy/src/index.ts',
};

const config: Config = {
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'taxonomy',
      rootDir: 'packages/taxonomy',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform: swc,
      testEnvironment: 'node',
    },
    {
      displayName: 'api-unit',
      rootDir: 'apps/api',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: swc,
      moduleNameMapper: workspacePackages,
      testEnvironment: 'node',
    },
    {
      displayName: 'bench',
      rootDir: 'bench',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: swc,
      testEnvironment: 'node',
    },
    {
      displayName: 'api',
      rootDir: 'apps/api',
      // The benchmark's smoke test and the widgets' end-to-end tests with API keys need the same
      // database as the API's integration tests.
      roots: ['<rootDir>', '<rootDir>/../../bench/test/integration', '<rootDir>/../../packages/widgets/test'],
      testMatch: [
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/../../bench/test/integration/**/*.test.ts',
        '<rootDir>/../../packages/widgets/test/**/*.e2e.test.ts',
      ],
      transform: swc,
      moduleNameMapper: workspacePackages,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
      slowTestThreshold: 20,
    },
    {
      displayName: 'web',
      rootDir: 'apps/web',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform: swc,
      testEnvironment: 'node',
    },
    {
      // End-to-end: the built portal on a real API (own embedded database) in headless Chromium.
      displayName: 'web-e2e',
      rootDir: 'apps/web',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      transform: swc,
      testEnvironment: 'node',
      slowTestThreshold: 60,
    },
  ],
};

export default config;
