import { en, ja } from '@tsunagu/web-i18n';
import { fieldErrorsOf } from './field-errors';

const messageAt = (catalog: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('fieldErrorsOf', () => {
  it("names each field of a 400 with a message people read, the first per field", () => {
    expect(
      fieldErrorsOf({
        statusCode: 400,
        message: [
          'summary must be shorter than or equal to 10000 characters',
          'summary must be a string',
          'heldAt must be a date and time with an offset, e.g. 2026-11-27T16:30:00+09:00',
          'clientName must be a single line (no line breaks or tabs)',
          'each value in riskFlags must be one of the following values: self_harm, health',
          'birthDate cannot be in the future',
          'clientNameKana must be written in kana',
          'name should not be empty',
          'entries.0.caseId must be a UUID',
        ],
      }),
    ).toEqual({
      summary: 'tsunagu.validation.too_long',
      heldAt: 'tsunagu.validation.datetime',
      clientName: 'tsunagu.validation.single_line',
      riskFlags: 'tsunagu.validation.choice',
      birthDate: 'tsunagu.validation.future',
      clientNameKana: 'tsunagu.validation.kana',
      name: 'tsunagu.validation.required',
      entries: 'tsunagu.validation.invalid',
    });
  });

  it('leaves to the notification what names no field', () => {
    expect(fieldErrorsOf({ message: ['property zz should not exist'] })).toBeUndefined();
    expect(fieldErrorsOf({ message: 'The request body is not valid JSON' })).toBeUndefined();
    expect(fieldErrorsOf(null)).toBeUndefined();
  });

  it('uses messages that exist in Japanese and English', () => {
    const keys = Object.values(
      fieldErrorsOf({ message: ['a should not be empty', 'b must be shorter than or equal to 5 characters', 'c must be longer than or equal to 3 characters', 'd must be a single line', 'e must not contain control characters', 'f must be written in kana', 'g cannot be in the future', 'h must be a date and time with an offset', 'i must be a date (YYYY-MM-DD)', 'j must be a year and month (YYYY-MM)', 'k must be an email', 'l must be one of the following values: x', 'm must not be less than 0', 'n must be a string'] }) ?? {},
    );
    expect(new Set(keys).size).toBe(14);
    for (const key of keys) {
      expect(messageAt(ja, key)).toEqual(expect.stringMatching(/\S/));
      expect(messageAt(en, key)).toEqual(expect.stringMatching(/\S/));
    }
  });
});
