import { ASSESSMENT_DOMAINS, type AssessmentDto } from '@tsunagu/contracts';
import { assessmentFormToApi, changeMark, chartRows, dueState, newAssessmentDefaults, ratingErrorsOf } from './assessment-logic';

const rating = (score: number | null, note: string | null = null) => ({ score, note });
const assessment = (over: Partial<AssessmentDto>): AssessmentDto =>
  ({
    id: 'a1',
    caseId: 'c1',
    assessedOn: '2026-06-01',
    assessorId: 'u1',
    ratings: Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, rating(3)])),
    strengths: null,
    wishes: null,
    latest: true,
    change: Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, null])),
    nextDueOn: '2026-12-01',
    version: 1,
    ...over,
  }) as AssessmentDto;

describe('changeMark', () => {
  it('shows a rise in green, a fall in red, no change and an unknown one', () => {
    expect(changeMark(2)).toEqual({ text: '▲+2', tone: 'up' });
    expect(changeMark(-1)).toEqual({ text: '▼-1', tone: 'down' });
    expect(changeMark(0)).toEqual({ text: '±0', tone: 'same' });
    expect(changeMark(null)).toEqual({ text: '—', tone: 'none' });
  });
});

describe('dueState', () => {
  it('is overdue from the day after the due day, due soon within 30 days, and nothing further off', () => {
    expect(dueState('2026-12-01', '2026-12-02')).toBe('overdue');
    expect(dueState('2026-12-01', '2026-12-01')).toBe('soon');
    expect(dueState('2026-12-31', '2026-12-01')).toBe('soon');
    expect(dueState('2027-01-01', '2026-12-01')).toBeNull();
    expect(dueState(null, '2026-12-01')).toBeNull();
  });
});

describe('newAssessmentDefaults', () => {
  it('starts a reassessment today from the newest scores, notes, strengths and wishes', () => {
    const newest = assessment({ ratings: { ...assessment({}).ratings, risk: rating(null, '不明'), family: rating(2, '父と会話なし') }, strengths: '絵が得意' });
    const values = newAssessmentDefaults(newest, '2026-12-06');
    expect(values.assessedOn).toBe('2026-12-06');
    expect(values.ratings.family).toEqual(rating(2, '父と会話なし'));
    expect(values.ratings.risk).toEqual(rating(null, '不明'));
    expect(values.strengths).toBe('絵が得意');
  });

  it('starts the first one with every domain unknown', () => {
    const values = newAssessmentDefaults(undefined, '2026-12-06');
    expect(Object.keys(values.ratings)).toEqual([...ASSESSMENT_DOMAINS]);
    expect(Object.values(values.ratings).every((r) => r.score === null && r.note === null)).toBe(true);
  });
});

describe('assessmentFormToApi', () => {
  it('sends all eight domains, blank notes and texts as null', () => {
    const body = assessmentFormToApi({ assessedOn: '2026-12-06', ratings: { health: rating(4, '  通院中 ') } as never, strengths: ' ', wishes: '働きたい' });
    expect(Object.keys(body.ratings)).toEqual([...ASSESSMENT_DOMAINS]);
    expect(body.ratings.health).toEqual(rating(4, '通院中'));
    expect(body.ratings.risk).toEqual(rating(null));
    expect(body).toMatchObject({ strengths: null, wishes: '働きたい' });
  });
});

describe('chartRows', () => {
  it('puts the assessments oldest first, one score per domain', () => {
    const rows = chartRows([assessment({ id: 'b', assessedOn: '2026-12-01' }), assessment({ id: 'a', assessedOn: '2026-06-01' })]);
    expect(rows.map((r) => r['assessedOn'])).toEqual(['2026-06-01', '2026-12-01']);
    expect(rows[0]['health']).toBe(3);
  });
});

describe('ratingErrorsOf', () => {
  it("puts a 400's rating messages on the domain's inputs", () => {
    expect(
      ratingErrorsOf(['ratings.risk should not be null or undefined', 'ratings.health.note must be shorter than or equal to 1000 characters', 'assessedOn cannot be in the future']),
    ).toEqual({ risk: { score: 'tsunagu.validation.invalid' }, health: { note: 'tsunagu.validation.too_long' } });
    expect(ratingErrorsOf('assessedOn cannot be in the future')).toBeUndefined();
  });
});
