/**
 * The support process (支援の過程) of a case: its assessments (アセスメント) as a tab of the case page.
 * There are no pages of their own: an assessment is read and written on its case.
 */
export { AssessmentsTab } from './assessments/AssessmentsTab';
