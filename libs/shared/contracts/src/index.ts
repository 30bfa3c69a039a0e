export * from './roles';
export * from './audit';
export * from './resources';
export * from './users';
