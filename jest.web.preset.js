const preset = require('./jest.preset.js');

/** The web libraries with React components: jsdom, their own test setup, TypeScript and TSX through ts-jest. */
module.exports = {
  ...preset,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/src/test-setup.ts'],
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  // react-hotkeys-hook ships ESM only; components under test get a small stand-in.
  moduleNameMapper: { '^react-hotkeys-hook$': '<rootDir>/../ui/test-stubs/react-hotkeys-hook.ts' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'html'],
};
