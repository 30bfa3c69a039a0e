export * from './assessment.entity';
export * from './support-plan.entities';
export * from './conference.entities';
export * from './support.module';
export { AssessmentsService } from './assessments.service';
export { SupportPlansService } from './support-plans.service';
export { ConferencesService } from './conferences.service';
