import { AGE_BANDS, DURATION_BANDS } from '../reports';
import { INTERVIEW_METHODS } from '../contacts';
import { ENUM_VALUES } from './enums';
import { ENUM_LABELS_EN, REPORT_LABELS_EN } from './labels.en';
import { ENUM_LABELS_JA, REPORT_LABELS_JA } from './labels.ja';

describe('the one catalog of enum labels', () => {
  it.each(Object.entries(ENUM_VALUES))('labels every value of %s, in Japanese and English, and nothing else', (group, values) => {
    const name = group as keyof typeof ENUM_VALUES;
    expect(Object.keys(ENUM_LABELS_JA[name]).sort()).toEqual([...values].sort());
    expect(Object.keys(ENUM_LABELS_EN[name]).sort()).toEqual([...values].sort());
    expect(Object.values(ENUM_LABELS_JA[name]).every((label) => label.trim().length > 0)).toBe(true);
  });

  it('labels every breakdown of the reports', () => {
    for (const labels of [REPORT_LABELS_JA, REPORT_LABELS_EN]) {
      expect(Object.keys(labels.method).sort()).toEqual([...INTERVIEW_METHODS, 'outreach', 'program'].sort());
      expect(Object.keys(labels.age_band)).toEqual([...AGE_BANDS]);
      expect(Object.keys(labels.duration_band)).toEqual([...DURATION_BANDS]);
    }
  });
});
