import { AGENCY_TYPES, japanDate, type AgencyDto, type CaseDto, type InterviewMethod, type OutreachOutcome, type Sex } from '@tsunagu/contracts';
import type { AuthUser } from '@tsunagu/api-core';
import type { AgenciesService } from '@tsunagu/api-agencies';
import type { CasesService, FamilyMembersService } from '@tsunagu/api-cases';
import type { ConsentsService } from '@tsunagu/api-consents';
import type { InterviewsService, OutreachVisitsService, ProgramsService } from '@tsunagu/api-contacts';
import type { ReferralsService } from '@tsunagu/api-referrals';
import {
  agencyNames,
  CHIEF_CONCERNS,
  CLOSURE_REASONS_USED,
  FAMILY_NAMES,
  FEMALE_NAMES,
  INTERVIEW_SUMMARIES,
  MALE_NAMES,
  OUTREACH_SUMMARIES,
  PARENT_NAMES,
  REFERRAL_REASONS,
  REFERRAL_ROUTES_USED,
} from './demo-texts';

/** The services the demo goes through, exactly as the API's routes do (so every record is valid). */
export interface DemoServices {
  agencies: AgenciesService;
  cases: CasesService;
  family: FamilyMembersService;
  consents: ConsentsService;
  interviews: InterviewsService;
  outreach: OutreachVisitsService;
  programs: ProgramsService;
  referrals: ReferralsService;
}

/** The signed-in users of one demo center. */
export interface DemoStaff {
  supervisor: AuthUser;
  coordinators: [AuthUser, AuthUser];
  staff: AuthUser;
  /** The area the center's agencies and municipalities are named after (みなと市). */
  area: string;
  municipalities: readonly string[];
}

/** How a case's year went, which decides what its coordinator's home shows today. */
type Course = 'regular' | 'due' | 'overdue' | 'quiet30' | 'quiet60' | 'quiet90' | 'paused' | 'closed' | 'intake' | 'closure_request';

const COURSES: readonly Course[] = [
  'regular', 'due', 'overdue', 'regular', 'quiet30', 'regular', 'quiet60', 'closed', 'regular', 'quiet90', 'paused', 'due',
  'regular', 'overdue', 'closure_request', 'regular', 'closed', 'regular', 'intake', 'regular', 'due', 'quiet30', 'regular',
  'closed', 'overdue', 'regular', 'paused', 'regular', 'intake', 'regular', 'quiet60', 'regular', 'due', 'regular',
];

/** A small deterministic random source (mulberry32), so that every first start loads the same year. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const DAY = 86_400_000;
/** The Japan date `n` days from today (negative: past). */
export const dayAt = (n: number) => japanDate(new Date(Date.now() + n * DAY));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
/** An instant on a past Japan date, during office hours, never later than now. */
export function timeOn(day: string, hour: number, minute: number): string {
  const at = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+09:00`;
  return Date.parse(at) < Date.now() - 60_000 ? at : new Date(Date.now() - 3_600_000).toISOString();
}

/**
 * A year of a center's work, dated back from today: agencies of every type, family classes,
 * family meetings and an ibasho with their sessions and attendance, and some thirty cases in every
 * status with their families, consents, interviews, calls, visits and referrals. What each course
 * leaves today is what the users' homes show: follow-ups due and overdue, cases without contact
 * for 30/60/90 days, a closure request to decide, referrals awaiting the agency's answer.
 */
export async function loadDemoYear(s: DemoServices, who: DemoStaff, seed: number): Promise<void> {
  const rnd = random(seed);
  const { supervisor, coordinators, staff } = who;
  const today = dayAt(0);

  const names = agencyNames(who.area);
  const agencies: Partial<Record<(typeof AGENCY_TYPES)[number], AgencyDto>> = {};
  for (const type of AGENCY_TYPES) {
    agencies[type] = await s.agencies.create(staff, { name: names[type], type, municipality: who.area, phone: `0${rnd.int(11, 99)}-${rnd.int(100, 999)}-${rnd.int(1000, 9999)}` });
  }

  const programs = {
    family_class: await s.programs.createProgram(supervisor, { name: '家族教室（第2火曜）', kind: 'family_class', description: 'ひきこもりの理解と家族の対応を学ぶ連続講座' }),
    family_meeting: await s.programs.createProgram(supervisor, { name: '家族会「つどい」', kind: 'family_meeting', description: '家族同士で話し合う会' }),
    ibasho: await s.programs.createProgram(supervisor, { name: '居場所「ほっとスペース」', kind: 'ibasho', description: '本人が安心して過ごせるフリースペース' }),
  };
  const sessions: Array<{ id: string; kind: keyof typeof programs; heldOn: string }> = [];
  const schedule: Array<[keyof typeof programs, number, number, string[]]> = [
    ['family_class', 28, 12, ['ひきこもりの理解', '家族のコミュニケーション', '本人との距離のとり方', '相談機関の使い方']],
    ['family_meeting', 56, 6, ['近況の分かち合い', '親亡き後を考える']],
    ['ibasho', 14, 8, ['ボードゲーム', 'お茶会', '料理']],
  ];
  for (const [kind, every, count, topics] of schedule) {
    for (let i = count; i >= 1; i--) {
      const session = await s.programs.createSession(coordinators[0], {
        programId: programs[kind].id,
        heldOn: dayAt(-i * every + 3),
        topic: topics[i % topics.length],
        facilitator: i % 2 ? coordinators[0].name : coordinators[1].name,
      });
      sessions.push({ id: session.id, kind, heldOn: session.heldOn });
    }
  }

  const familyOnly: Array<{ caseId: string; mother: string; openedOn: string }> = [];
  const metClient: Array<{ caseId: string; openedOn: string }> = [];
  const referable: Array<{ c: CaseDto; openedOn: string }> = [];

  for (const [i, course] of COURSES.entries()) {
    const lead = coordinators[i % 2];
    const sex: Sex = rnd.chance(0.65) ? 'male' : 'female';
    const [family, familyKana] = FAMILY_NAMES[(i * 7 + seed) % FAMILY_NAMES.length];
    const [given, givenKana] = rnd.pick(sex === 'male' ? MALE_NAMES : FEMALE_NAMES);
    const is8050 = i % 7 === 3;
    const age = is8050 ? rnd.int(44, 54) : rnd.int(17, 42);
    const birthYear = Number(today.slice(0, 4)) - age;
    const contact = is8050 || i % 3 === 0 ? 'none' : i % 3 === 1 ? 'indirect' : 'direct';
    const openedOn = course === 'intake' ? dayAt(-rnd.int(2, 10)) : dayAt(-(40 + Math.floor((i * 460) / COURSES.length) + rnd.int(0, 9)));
    const c = await s.cases.create(i % 5 === 4 ? supervisor : lead, {
      clientName: `${family} ${given}`,
      clientNameKana: `${familyKana} ${givenKana}`,
      ...(rnd.chance(0.6) ? { birthDate: `${birthYear}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}` } : { birthYear }),
      sex,
      municipality: rnd.pick(who.municipalities),
      hikikomoriSince: `${birthYear + Math.min(age - 1, rnd.int(15, 30))}-${String(rnd.int(1, 12)).padStart(2, '0')}`,
      chiefConcern: is8050 ? CHIEF_CONCERNS[3] : rnd.pick(CHIEF_CONCERNS),
      referralRoute: rnd.pick(REFERRAL_ROUTES_USED),
      supportStage: contact === 'direct' ? 'individual_support' : 'encounter_assessment',
      riskFlags: i % 11 === 5 ? ['violence_at_home'] : i % 13 === 7 ? ['financial_hardship'] : [],
      clientContact: contact,
      clientAware: contact === 'none' ? false : true,
      openedOn,
      leadCoordinatorId: lead.id,
      secondCoordinatorIds: i % 5 === 4 ? [coordinators[(i + 1) % 2].id] : [],
    });
    const parentYear = birthYear - rnd.int(26, 32);
    const mother = await s.family.create(lead, {
      caseId: c.id,
      relationship: 'mother',
      name: `${family} ${rnd.pick(PARENT_NAMES.mother)}`,
      birthYear: parentYear,
      livesWithClient: true,
      mainConsulter: true,
    });
    if (is8050 || rnd.chance(0.4)) {
      await s.family.create(lead, { caseId: c.id, relationship: 'father', name: `${family} ${rnd.pick(PARENT_NAMES.father)}`, birthYear: parentYear - 2, livesWithClient: true });
    }
    await s.consents.create(lead, { caseId: c.id, givenBy: 'family', familyMemberId: mother.id, purpose: 'consultation', method: 'written', givenOn: openedOn });
    if (course === 'intake') continue;
    await s.cases.update(supervisor, c.id, { status: 'active' });

    // The course of the year: contacts every two to five weeks, until its end.
    const end = { quiet30: -35, quiet60: -66, quiet90: -97, overdue: -rnd.int(15, 25), closed: -20 - rnd.int(0, 30) }[course as string] ?? -rnd.int(1, 6);
    const visits = contact !== 'direct' && i % 3 !== 2;
    let visitConsentUntil: string | null = null;
    if (visits) {
      const givenOffset = -daysBetween(openedOn, today) + 10;
      const givenOn = dayAt(givenOffset);
      // Some consents ran out (given for two months), one is withdrawn: the history stays.
      const expires = i % 9 === 0 ? dayAt(Math.min(-5, givenOffset + 60)) : null;
      const consent = await s.consents.create(lead, { caseId: c.id, givenBy: 'family', familyMemberId: mother.id, purpose: 'outreach', method: 'verbal', givenOn, expiresOn: expires });
      visitConsentUntil = expires ?? today;
      if (i === 12) await s.consents.withdraw(lead, consent.id, { withdrawnOn: dayAt(Math.min(0, end + 1)), reason: '本人が訪問を望まなくなったため' });
    }
    let day = openedOn;
    let last: { id: string; kind: 'interview' | 'visit' } | null = null;
    for (let k = 0; ; k++) {
      const next = daysBetween(today, day) + rnd.int(12, 32);
      if (next > end) break;
      day = dayAt(next);
      const heldAt = timeOn(day, rnd.int(9, 16), rnd.pick([0, 15, 30, 45]));
      const followUp = dayAt(next + rnd.int(14, 28));
      if (visits && visitConsentUntil && day > openedOn && day <= visitConsentUntil && k % 3 === 2) {
        const outcome: OutreachOutcome = contact === 'none' ? rnd.pick(['met_family', 'no_answer', 'letter_left'] as const) : rnd.pick(['met_client', 'met_family'] as const);
        const v = await s.outreach.create(lead, {
          caseId: c.id,
          visitedAt: heldAt,
          outcome,
          location: 'doorstep',
          summary: rnd.pick(OUTREACH_SUMMARIES[outcome]),
          familyMemberIds: outcome === 'met_family' ? [mother.id] : [],
          durationMinutes: rnd.int(15, 40),
          nextContactOn: followUp,
        });
        last = { id: v.id, kind: 'visit' };
        continue;
      }
      const method: InterviewMethod = contact === 'direct' ? rnd.pick(['in_person', 'in_person', 'online', 'email', 'sns', 'accompanied'] as const) : rnd.pick(['phone', 'phone', 'in_person'] as const);
      const interview = await s.interviews.create(lead, {
        caseId: c.id,
        heldAt,
        method,
        participants: contact === 'direct' ? ['client'] : ['family'],
        familyMemberIds: contact === 'direct' ? [] : [mother.id],
        // Written exchanges have no duration; a call is short, a meeting or an accompanied visit longer.
        durationMinutes: method === 'email' || method === 'sns' ? null : method === 'phone' ? rnd.int(10, 30) : rnd.int(40, 90),
        summary: rnd.pick(INTERVIEW_SUMMARIES[method]),
        confidentialNote: k === 1 && i % 4 === 1 ? '家族関係について、本人の前では話さないよう依頼あり。' : null,
        nextContactOn: followUp,
      });
      last = { id: interview.id, kind: 'interview' };
    }
    // What the latest record leaves for today.
    const nextContactOn = { due: today, overdue: dayAt(end + rnd.int(5, 12)), quiet60: dayAt(-30), quiet90: dayAt(-60) }[course as string];
    if (last && nextContactOn) {
      if (last.kind === 'interview') await s.interviews.update(lead, last.id, { nextContactOn });
      else await s.outreach.update(lead, last.id, { nextContactOn });
    }
    // Programs are part of the ongoing support: cases that went quiet, paused or closed do not attend.
    const attends = ['regular', 'due', 'overdue', 'closure_request'].includes(course);
    if (attends && contact === 'none') familyOnly.push({ caseId: c.id, mother: mother.id, openedOn });
    if (attends && contact === 'direct') metClient.push({ caseId: c.id, openedOn });
    if (contact !== 'none' && course === 'regular') referable.push({ c, openedOn });

    if (course === 'paused') await s.cases.update(supervisor, c.id, { status: 'paused', statusNote: '本人の体調不良が続き、家族から連絡を控えてほしいと申し出があったため' });
    if (course === 'closure_request') {
      await s.cases.requestClosure(lead, c.id, { reason: 'goal_reached', note: '週3日の就労体験が半年続き、本人も「もう大丈夫」と話している。家族も終結に同意。' });
    }
    if (course === 'closed') {
      const closedOn = [dayAt(end + 5), openedOn].sort()[1];
      await s.cases.update(supervisor, c.id, { status: 'closed', closureReason: CLOSURE_REASONS_USED[i % CLOSURE_REASONS_USED.length], closedOn });
    }
  }

  // Referrals at every step: sent under the subject's information-sharing consent, with its disclosure.
  const steps = [['planned'], ['referred'], ['referred', 'accepted'], ['referred', 'declined'], ['referred', 'accepted', 'completed'], ['cancelled'], ['referred']] as const;
  const targets = ['youth_support_station', 'medical_institution', 'self_reliance_support', 'private_support_group', 'hello_work', 'community_general_support_center', 'public_health_center'] as const;
  for (const [k, path] of steps.entries()) {
    const target = referable[k % referable.length];
    if (!target) break;
    const agency = agencies[targets[k]] as AgencyDto;
    const start = Math.min(-10, -daysBetween(target.openedOn, today) + 15);
    await s.consents.create(staff, {
      caseId: target.c.id,
      givenBy: 'client',
      purpose: 'information_sharing',
      agencyId: agency.id,
      categories: ['basic', 'work_school'],
      method: 'written',
      givenOn: dayAt(start),
    });
    const referral = await s.referrals.create(staff, { caseId: target.c.id, agencyId: agency.id, subject: 'client', reason: REFERRAL_REASONS[k % REFERRAL_REASONS.length], accompanied: k % 2 === 0, plannedOn: dayAt(start) });
    let on = start;
    for (const status of path) {
      if (status === 'planned') continue;
      on = Math.min(-1, on + rnd.int(3, 8));
      await s.referrals.update(staff, referral.id, { status, stepOn: dayAt(on), ...(status === 'accepted' || status === 'completed' ? { feedback: '本人が面談に来所。継続して利用予定。' } : {}) });
    }
  }

  // Attendance: families at the family class and meeting, 本人 at the ibasho.
  for (const [n, session] of sessions.entries()) {
    const entries =
      session.kind === 'ibasho'
        ? metClient.filter((m, j) => (j + n) % 3 === 0 && m.openedOn <= session.heldOn).map((m) => ({ caseId: m.caseId, attendee: 'client' as const }))
        : familyOnly.filter((f, j) => (j + n) % 2 === 0 && f.openedOn <= session.heldOn).map((f) => ({ caseId: f.caseId, attendee: 'family' as const, familyMemberId: f.mother }));
    if (entries.length) await s.programs.recordAttendance(supervisor, session.id, { entries });
  }
}
