import type { Catalog } from './catalog';
import type { supportJa } from './support.ja';

/** The support process: assessments, in English. */
export const supportEn: Catalog<typeof supportJa> = {
  tsunagu: {
    assessments: {
      tab: 'Assessment',
      latest: 'Latest assessment',
      record: 'Record an assessment',
      correct: 'Correct the latest assessment',
      new_title: 'Record an assessment',
      edit_title: 'Correct the latest assessment',
      prefilled: 'The ratings and notes of the last assessment are filled in. Change only what has changed.',
      saved: 'Assessment recorded',
      corrected: 'Assessment corrected',
      empty: 'No assessment yet. Record the first one.',
      assessor: 'Assessor',
      next_due: 'Next review',
      overdue: 'Review overdue',
      due_soon: 'Review due within 30 days',
      change: 'Change since the last one',
      score_of: '%{score} / 5',
      note: 'Note',
      chart: 'Each domain over time',
      chart_needs_two: 'The chart appears once there are two or more assessments.',
      earlier: 'Earlier assessments',
      earlier_empty: 'No earlier assessments.',
      unknown: 'Unknown',
      scale_hint: '1 serious difficulty · 2 difficulty · 3 some difficulty · 4 mostly stable · 5 stable',
      scores: {
        1: 'Serious difficulty',
        2: 'Difficulty',
        3: 'Some difficulty',
        4: 'Mostly stable',
        5: 'Stable',
      },
      short: {
        health: 'Health',
        daily_life: 'Daily life',
        family: 'Family',
        social: 'Social',
        school_work: 'School/work',
        finances: 'Finances',
        household: 'Household',
        risk: 'Risk',
      },
    },
  },
  resources: {
    assessments: {
      name: 'Assessments',
      fields: {
        assessedOn: 'Date',
        assessorId: 'Assessor',
        strengths: 'Strengths (of the person and the family)',
        wishes: 'Wishes of the person and the family',
        nextDueOn: 'Next review',
      },
    },
    // The rest of the support process: named so that every resource of the contracts has a name.
    'support-plans': { name: 'Support plans' },
    'case-conferences': { name: 'Case conferences' },
  },
};
