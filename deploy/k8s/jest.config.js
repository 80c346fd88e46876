module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'k8s',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  collectCoverageFrom: ['<rootDir>/test/**/*.ts', '!<rootDir>/test/**/*.spec.ts'],
};
