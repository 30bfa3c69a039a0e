module.exports = {
  displayName: 'web-data-access',
  preset: '../../../jest.preset.js',
  // Node, not jsdom: the providers use fetch, Headers and Response, which jsdom lacks.
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/src/test-setup.ts'],
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/web/data-access',
};
