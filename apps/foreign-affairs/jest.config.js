module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'foreign-affairs',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
