module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'presidential-administration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
