import { ASSESSMENT_DOMAINS } from '@tsunagu/contracts';
import { as, bearer, dayFromToday, Suite } from './support';

/** One live record of every resource of center A, made through the API, with its id. */
export interface EveryResource {
  caseId: string;
  familyMemberId: string;
  consentId: string;
  outreachConsentId: string;
  sharingConsentId: string;
  agencyId: string;
  interviewId: string;
  outreachVisitId: string;
  programId: string;
  sessionId: string;
  attendanceId: string;
  referralId: string;
  disclosureId: string;
  importId: string;
  assessmentId: string;
  supportPlanId: string;
}

async function created(res: { status: number; body: { id?: string } }, what: string): Promise<string> {
  if (res.status !== 201 || !res.body.id) throw new Error(`could not create ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/**
 * A case of center A's first coordinator with a family member, consents (consultation, outreach,
 * information sharing with an agency), an interview, an outreach visit, a program with a session
 * and attendance, a sent referral (so also a disclosure), an assessment and a support plan, and a
 * spreadsheet import waiting for its commit.
 */
export async function seedEveryResource(s: Suite): Promise<EveryResource> {
  const coord = as(s, s.org.users.aCoordinator);
  const sup = as(s, s.org.users.aSupervisor);
  const staff = as(s, s.org.users.aStaff);
  const caseId = await created(await coord.post('/cases', { clientName: '全件 太郎', clientNameKana: 'ぜんけん たろう', birthDate: '1980-05-05', openedOn: dayFromToday(-60) }), 'case');
  const familyMemberId = await created(await coord.post('/family-members', { caseId, relationship: 'mother', name: '全件 花子', birthYear: 1950 }), 'family member');
  const agencyId = await created(await staff.post('/agencies', { name: '全件サポステ', type: 'youth_support_station' }), 'agency');
  const given = { caseId, method: 'written', givenOn: dayFromToday(-30) };
  const consentId = await created(await coord.post('/consents', { ...given, givenBy: 'client', purpose: 'consultation' }), 'consent');
  const outreachConsentId = await created(await coord.post('/consents', { ...given, givenBy: 'family', familyMemberId, purpose: 'outreach' }), 'outreach consent');
  const sharingConsentId = await created(
    await coord.post('/consents', { ...given, givenBy: 'client', purpose: 'information_sharing', agencyId, categories: ['basic', 'work_school'] }),
    'information-sharing consent',
  );
  const interviewId = await created(
    await coord.post('/interviews', { caseId, method: 'phone', summary: '母より電話。', confidentialNote: '担当のみ', heldAt: `${dayFromToday(-2)}T10:00:00+09:00` }),
    'interview',
  );
  const outreachVisitId = await created(
    await coord.post('/outreach-visits', { caseId, outcome: 'met_family', location: 'doorstep', summary: '玄関先で母と話した。', visitedAt: `${dayFromToday(-1)}T14:00:00+09:00` }),
    'outreach visit',
  );
  const programId = await created(await sup.post('/programs', { name: '家族教室', kind: 'family_class' }), 'program');
  const sessionId = await created(await coord.post('/program-sessions', { programId, heldOn: dayFromToday(-3), topic: '家族の対応' }), 'program session');
  const attendanceId = await created(await coord.post('/attendances', { sessionId, caseId, attendee: 'family', familyMemberId }), 'attendance');
  const referralId = await created(await staff.post('/referrals', { caseId, agencyId, subject: 'client', reason: '就労の相談' }), 'referral');
  const sent = await staff.put(`/referrals/${referralId}`, { status: 'referred' });
  if (sent.status !== 200) throw new Error(`could not send the referral: ${sent.status} ${JSON.stringify(sent.body)}`);
  const disclosures = await staff.get(`/disclosures?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`);
  const disclosureId = disclosures.body[0]?.id as string;
  if (!disclosureId) throw new Error('no disclosure was recorded for the sent referral');
  const sheet = Buffer.from(`整理番号,本人氏名,主担当\r\nE-1,取込 一郎,${s.org.users.aCoordinator.email}\r\n`, 'utf8');
  const ratings = Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: 3, note: null }]));
  const assessmentId = await created(await coord.post('/assessments', { caseId, ratings, assessedOn: dayFromToday(-5) }), 'assessment');
  const supportPlanId = await created(
    await coord.post('/support-plans', { caseId, agreedHow: 'with_client', agreedOn: dayFromToday(-5), reviewOn: dayFromToday(90), goals: [{ goal: '外出の回数を増やしたい', actors: ['client'] }] }),
    'support plan',
  );
  const importId = await created(await s.http().post('/api/imports').set(bearer(s.org.users.aSupervisor.token)).attach('files', sheet, 'cases.csv'), 'import');
  return {
    caseId,
    familyMemberId,
    consentId,
    outreachConsentId,
    sharingConsentId,
    agencyId,
    interviewId,
    outreachVisitId,
    programId,
    sessionId,
    attendanceId,
    referralId,
    disclosureId,
    importId,
    assessmentId,
    supportPlanId,
  };
}
