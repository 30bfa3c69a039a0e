export * from './demo.module';
export * from './demo-data';
