import { KANA_READING } from '@tsunagu/contracts';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { hasLineBreakOrTab } from './text';

/**
 * A single line of text (names, kana, codes, email): no line breaks or tabs. Other control
 * characters are refused for every field by the request guard; multi-line text (summaries,
 * notes, reasons) keeps its line breaks.
 */
export const SingleLine = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSingleLine',
      validator: {
        validate: (v) => typeof v !== 'string' || !hasLineBreakOrTab(v),
        defaultMessage: (a) => `${a?.property} must be a single line (no line breaks or tabs)`,
      },
    },
    options,
  );

/** A reading (よみ) in kana, as people's names are sorted by it; empty means none (stored as null). */
export const IsKana = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isKana',
      validator: {
        validate: (v) => typeof v !== 'string' || v === '' || KANA_READING.test(v),
        defaultMessage: (a) => `${a?.property} must be written in kana`,
      },
    },
    options,
  );

/** Text that says something: a reason or a note of spaces only is refused like an empty one. */
export const NotBlank = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (v) => typeof v !== 'string' || v.trim().length > 0,
        defaultMessage: (a) => `${a?.property} must not be blank`,
      },
    },
    options,
  );
