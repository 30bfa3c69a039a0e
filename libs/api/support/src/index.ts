export * from './assessment.entity';
export * from './support-plan.entities';
export * from './conference.entities';
export * from './support.module';
