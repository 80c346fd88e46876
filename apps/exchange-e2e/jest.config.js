// All five services as real processes per test file: starting them takes seconds, and a procedure
// test waits on messages crossing RabbitMQ, hence the generous timeout (hooks included).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'exchange-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120_000,
  setupFilesAfterEnv: ['<rootDir>/src/support/jest-timeout.ts'],
  // The services run from their bundles (dist/apps/<service>/main.js): built here, through the Nx cache.
  globalSetup: '<rootDir>/src/support/build-services.global-setup.ts',
};
