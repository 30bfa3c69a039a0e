export * from './enums';
export * from './labels';
export * from './labels.ja';
export * from './labels.en';
export * from './fields';
