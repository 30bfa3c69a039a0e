export * from './import.entities';
export * from './imports.module';
