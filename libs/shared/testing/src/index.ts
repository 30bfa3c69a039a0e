export * from './test-database';
export * from './api-server';
export * from './organisation';
export * from './national-dataset';
export * from './totp';
