export * from './contact.entities';
export * from './contacts.policy';
export * from './contacts.module';
export * from './interviews.service';
export * from './outreach-visits.service';
export * from './programs.service';
export { assertMayCorrect, assertRecordDates } from './contact-records';
export { CreateInterviewDto } from './dto/contact.dto';
export { followUpsSql, timelineSql } from './case-activity.queries';
