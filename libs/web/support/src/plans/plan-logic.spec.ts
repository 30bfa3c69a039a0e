import type { SupportPlanDto } from '@tsunagu/contracts';
import { correctionDefaults, newPlanDefaults, planFormToApi, reviewDefaults, reviewToApi } from './plan-logic';

const plan = {
  id: 'p1',
  caseId: 'c1',
  agreedOn: '2026-01-10',
  agreedHow: 'with_family',
  reviewOn: '2026-07-10',
  goals: [
    { id: 'g1', goal: '週1回図書館へ行く', steps: '母と一緒に', actors: ['client', 'family'], agencyId: null, targetOn: null, result: 'in_progress', resultNote: '2回行けた' },
    { id: 'g2', goal: 'サポステを見学する', steps: null, actors: ['agency'], agencyId: 'a1', targetOn: '2026-06-30', result: null, resultNote: null },
  ],
  current: true,
  reviews: [],
  version: 3,
} as unknown as SupportPlanDto;

describe('a new plan', () => {
  it('starts from the goals of the plan in force, without their ids or results, reviewed six months on', () => {
    const values = newPlanDefaults(plan, '2026-08-01');
    expect(values).toEqual({
      agreedOn: '2026-08-01',
      agreedHow: 'with_family',
      reviewOn: '2027-02-01',
      goals: [
        { goal: '週1回図書館へ行く', steps: '母と一緒に', actors: ['client', 'family'], agencyId: null, targetOn: null },
        { goal: 'サポステを見学する', steps: null, actors: ['agency'], agencyId: 'a1', targetOn: '2026-06-30' },
      ],
    });
  });

  it('starts with one blank goal when the case has no plan', () => {
    expect(newPlanDefaults(undefined, '2026-08-31').goals).toEqual([{ goal: '', steps: null, actors: [], agencyId: null, targetOn: null }]);
    expect(newPlanDefaults(undefined, '2026-08-31').reviewOn).toBe('2027-02-28');
  });
});

describe('correcting the plan in force', () => {
  it('keeps each goal id so the API keeps its results', () => {
    expect(correctionDefaults(plan).goals.map((g) => g.id)).toEqual(['g1', 'g2']);
  });
});

describe('planFormToApi', () => {
  it('trims text, sends blank as null and drops the agency when 関係機関 is not among who', () => {
    const body = planFormToApi({
      agreedOn: '2026-08-01',
      agreedHow: 'with_client',
      reviewOn: '2027-02-01',
      goals: [{ goal: ' 外に出る ', steps: '  ', actors: ['client'], agencyId: 'a1', targetOn: '' }],
    });
    expect(body.goals).toEqual([{ goal: '外に出る', steps: null, actors: ['client'], agencyId: null, targetOn: null }]);
  });
});

describe('a review', () => {
  it('has a row per goal with no result chosen, and the next review six months on', () => {
    const values = reviewDefaults(plan, '2026-07-12');
    expect(values.evaluations).toEqual([
      { goalId: 'g1', result: null, note: '2回行けた' },
      { goalId: 'g2', result: null, note: null },
    ]);
    expect(values.nextReviewOn).toBe('2027-01-12');
  });

  it('sends each goal once with its result, blank notes as null', () => {
    const values = reviewDefaults(plan, '2026-07-12');
    values.evaluations[0].result = 'achieved';
    values.evaluations[1].result = 'in_progress';
    expect(reviewToApi(values).evaluations).toEqual([
      { goalId: 'g1', result: 'achieved', note: '2回行けた' },
      { goalId: 'g2', result: 'in_progress', note: null },
    ]);
  });
});
