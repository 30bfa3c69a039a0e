import { Agency } from '@tsunagu/api-agencies';
import { AuditLog } from '@tsunagu/api-audit';
import { Case, CaseSecondCoordinator, CaseStatusChange, FamilyMember } from '@tsunagu/api-cases';
import { Consent } from '@tsunagu/api-consents';
import { Attendance, ContactRecordChange, Interview, OutreachVisit, Program, ProgramSession } from '@tsunagu/api-contacts';
import { Disclosure, Referral, ReferralStep } from '@tsunagu/api-referrals';
import { Inquiry, InquiryChain } from '@tsunagu/api-inquiries';
import { ImportBatch, ImportRow } from '@tsunagu/api-imports';
import { Assessment, CaseConference, ConferenceCase, PlanReview, SupportPlan } from '@tsunagu/api-support';
import { Center, User } from '@tsunagu/api-users';

export const ENTITIES = [Center, User, AuditLog, Agency, Case, CaseSecondCoordinator, CaseStatusChange, FamilyMember, Consent,
  Interview, OutreachVisit, ContactRecordChange, Program, ProgramSession, Attendance,
  Referral, ReferralStep, Disclosure, InquiryChain, Inquiry, ImportBatch, ImportRow, Assessment, SupportPlan, PlanReview, CaseConference, ConferenceCase];
