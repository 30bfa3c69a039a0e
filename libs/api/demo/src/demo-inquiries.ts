import type { InquiryRoute } from '@tsunagu/contracts';
import type { CreateInquiryDto, InquiriesService } from '@tsunagu/api-inquiries';
import type { InterviewsService } from '@tsunagu/api-contacts';
import { INQUIRY_SUMMARIES } from './demo-texts';
import { dayAt, random, timeOn, type DemoStaff } from './demo-year';

/** A family member's first call: who called, about whom, and what they said. */
const FAMILY_CALLS = [
  { summary: INQUIRY_SUMMARIES.family[0], relationship: 'mother', sex: 'male' },
  { summary: INQUIRY_SUMMARIES.family[1], relationship: 'father', sex: 'female' },
  { summary: INQUIRY_SUMMARIES.family[2], relationship: 'mother', sex: 'male' },
  { summary: INQUIRY_SUMMARIES.family[3], relationship: 'sibling', sex: 'male' },
] as const;

const ROUTES: readonly InquiryRoute[] = ['web_search', 'municipal_office', 'public_health_center', 'family_association', 'public_relations', 'medical_institution', 'acquaintance'];

/**
 * A month of a center's first contacts (相談受付), dated back from today: anonymous calls, callers
 * who chose a nickname and called again (their contacts form a chain), one with a caller number,
 * calls from agencies and from 本人; two of the callers' chains became cases, opened on the day of
 * the call that led to them, with the first interview since.
 */
export async function loadDemoInquiries(inquiries: InquiriesService, interviews: InterviewsService, who: DemoStaff, seed: number): Promise<void> {
  const rnd = random(seed + 100);
  const { supervisor, coordinators, staff } = who;
  const takers = [coordinators[0], coordinators[1], staff, coordinators[0], supervisor];
  const log = (n: number, daysAgo: number, fields: Omit<CreateInquiryDto, 'receivedAt' | 'method'> & { method?: CreateInquiryDto['method'] }) =>
    inquiries.create(takers[n % takers.length], { method: 'phone', receivedAt: timeOn(dayAt(-daysAgo), rnd.int(9, 16), rnd.pick([0, 10, 20, 30, 40, 50])), ...fields });

  // Repeat callers: a nickname called three times, another twice, a numbered caller twice.
  const repeaters = [
    { nickname: 'さくら', days: [27, 16, 4], call: FAMILY_CALLS[0], ageBand: '30s', withdrawnFor: '3_5y' },
    { nickname: 'ひまわり', days: [22, 8], call: FAMILY_CALLS[1], ageBand: '20s', withdrawnFor: '1_3y' },
    { callerNumber: `${who.area.slice(0, 1)}-0107`, days: [19, 2], call: FAMILY_CALLS[2], ageBand: '40s', withdrawnFor: '10_20y' },
  ] as const;
  let n = 0;
  for (const r of repeaters) {
    for (const [k, daysAgo] of r.days.entries()) {
      await log(n++, daysAgo, {
        callerType: 'family',
        callerRelationship: r.call.relationship,
        ...('nickname' in r ? { nickname: r.nickname } : { callerNumber: r.callerNumber }),
        personAgeBand: r.ageBand,
        withdrawnFor: r.withdrawnFor,
        personSex: r.call.sex,
        personSituation: 'none',
        personMunicipality: who.municipalities[n % who.municipalities.length],
        route: k === 0 ? rnd.pick(ROUTES) : null,
        concerns: k === 0 ? ['withdrawal', 'family_relations'] : ['withdrawal'],
        summary: k === 0 ? r.call.summary : INQUIRY_SUMMARIES.family[4],
        durationMinutes: rnd.int(10, 40),
        outcome: k === r.days.length - 1 ? 'appointment' : 'informed',
      });
    }
  }
  // Single calls: anonymous parents, 本人 by email, agencies, a neighbour.
  for (let i = 0; i < 12; i++) {
    const kind = i % 6 === 5 ? 'agency' : i % 6 === 4 ? 'self' : i === 7 ? 'other' : 'family';
    await log(n++, rnd.int(0, 29), {
      method: kind === 'self' ? 'email' : i % 5 === 3 ? 'visit' : 'phone',
      callerType: kind,
      ...(kind === 'family' ? { callerRelationship: FAMILY_CALLS[i % FAMILY_CALLS.length].relationship } : {}),
      ...(kind === 'agency' ? { callerAgencyType: rnd.pick(['community_general_support_center', 'welfare_office'] as const) } : {}),
      personAgeBand: rnd.pick(['10s', '20s', '30s', '40s', '50s', 'unknown'] as const),
      personSex: kind === 'family' ? FAMILY_CALLS[i % FAMILY_CALLS.length].sex : rnd.pick(['male', 'male', 'female', 'unknown'] as const),
      personMunicipality: rnd.chance(0.8) ? rnd.pick(who.municipalities) : null,
      route: rnd.chance(0.85) ? rnd.pick(ROUTES) : null,
      concerns: kind === 'agency' ? ['parents_aging', 'withdrawal'] : rnd.chance(0.3) ? ['school_refusal'] : ['withdrawal'],
      summary: kind === 'family' ? FAMILY_CALLS[i % FAMILY_CALLS.length].summary : rnd.pick(INQUIRY_SUMMARIES[kind]),
      durationMinutes: kind === 'self' ? null : rnd.int(5, 45),
      outcome: i % 4 === 2 ? 'referred' : 'informed',
      ...(i % 4 === 2 ? { referredAgencyName: `${who.area}保健センター` } : {}),
      confidentialNote: i === 3 ? '相談者の声が震えていた。次回は担当者を指名したいとのこと。' : null,
    });
  }
  // Two callers' chains became cases: the person agreed to meet.
  const [c1, c2] = coordinators;
  const first = await log(0, 12, {
    callerType: 'family',
    callerRelationship: 'mother',
    callerName: '小野寺 和子',
    personAgeBand: '20s',
    personSex: 'male',
    personMunicipality: who.municipalities[0],
    withdrawnFor: '1_3y',
    personSituation: 'none',
    route: 'public_health_center',
    concerns: ['withdrawal', 'mental_health'],
    summary: '母より電話。息子(24)が専門学校を中退後2年、ほぼ自室で過ごす。本人も「話を聞いてもらうだけなら」と言っている。',
    durationMinutes: 35,
    outcome: 'appointment',
  });
  const firstCase = await inquiries.convert(c1, first.id, { clientName: '小野寺 湊斗', clientNameKana: 'おのでら みなと', birthYear: Number(dayAt(0).slice(0, 4)) - 24, sex: 'male', municipality: who.municipalities[0], referralRoute: 'family', chiefConcern: '専門学校中退後の閉居（約2年）', clientContact: 'indirect', openedOn: dayAt(-12) });
  await interviews.create(c1, { caseId: firstCase.id, heldAt: timeOn(dayAt(-5), 14, 0), method: 'in_person', participants: ['family'], durationMinutes: 60, summary: '母が来所。これまでの経過を聞き取った。本人には母から相談に来たことを伝えてもらう。', nextContactOn: dayAt(9) });
  const second = await log(1, 6, {
    method: 'visit',
    callerType: 'self',
    nickname: 'ソラ',
    personAgeBand: '30s',
    personSex: 'female',
    personMunicipality: who.municipalities[1],
    withdrawnFor: '5_7y',
    personSituation: 'none',
    route: 'web_search',
    concerns: ['withdrawal', 'work'],
    summary: '本人が来所。退職後6年ほど外出がほとんどない。就労よりもまず居場所を探したい。',
    durationMinutes: 50,
    outcome: 'appointment',
  });
  const secondCase = await inquiries.convert(c2, second.id, { clientName: '早瀬 美帆', clientNameKana: 'はやせ みほ', birthYear: Number(dayAt(0).slice(0, 4)) - 33, sex: 'female', municipality: who.municipalities[1], referralRoute: 'self', chiefConcern: '退職後の閉居、居場所の希望', clientContact: 'direct', openedOn: dayAt(-6) });
  await interviews.create(c2, { caseId: secondCase.id, heldAt: timeOn(dayAt(-1), 10, 30), method: 'in_person', participants: ['client'], durationMinutes: 50, summary: '本人が来所。居場所の見学を希望。来週のほっとスペースに一緒に行くことにした。', nextContactOn: dayAt(6) });
}
