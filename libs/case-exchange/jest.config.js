module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'case-exchange',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
