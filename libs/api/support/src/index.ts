export * from './assessment.entity';
export * from './support.module';
