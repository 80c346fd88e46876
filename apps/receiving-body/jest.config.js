module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'receiving-body',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
