module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'identity-provider',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
