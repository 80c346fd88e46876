module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'prime-minister',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
