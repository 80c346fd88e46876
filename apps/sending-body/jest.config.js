module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'sending-body',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
