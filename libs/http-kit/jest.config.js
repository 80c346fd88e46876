module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'http-kit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
