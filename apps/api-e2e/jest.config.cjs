module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // Every answer of the suites is checked against the OpenAPI document (src/contract.ts); the
  // teardown then asks that every operation was covered.
  globalSetup: '<rootDir>/src/contract-setup.ts',
  globalTeardown: '<rootDir>/src/contract-teardown.ts',
};
