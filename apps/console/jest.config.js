// The console's pure parts (filters, countdown colours, waterfall layout, routes); the pages are
// exercised in a real browser by apps/exchange-e2e/src/console/*.spec.ts.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
