module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  // otplib's crypto and base32 packages ship as ES modules only: compiled to CommonJS like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(otplib|@otplib|@scure|@noble)/)'],
  moduleFileExtensions: ['ts', 'js'],
  setupFiles: ['<rootDir>/src/test-env.ts'],
  coverageDirectory: '../../coverage/apps/api',
};
