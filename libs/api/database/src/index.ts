export * from './base.entity';
export * from './list';
export * from './data-source.options';
export * from './locking';
export * from './sql';
export * from './read-database';
export * from './read-database.module';
