/**
 * The support process (支援の過程): a case's assessments (アセスメント) and support plan (支援計画) as
 * tabs of the case page, and the case conferences (ケース会議・支援会議) as a resource of their own.
 */
export { AssessmentsTab } from './assessments/AssessmentsTab';
export { caseConferences } from './conferences';
export { SupportPlansTab } from './plans/SupportPlansTab';
