/**
 * Characters no field accepts: the C0 controls but tab, line feed and carriage return, DEL and the
 * C1 controls. PostgreSQL refuses U+0000 in text outright; the others only hide text on screen
 * and in printed or exported output.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Line breaks and tabs, refused in single-line fields (names, kana, codes). */
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;

export const hasControlCharacter = (s: string) => CONTROL.test(s);

export const hasLineBreakOrTab = (s: string) => LINE_BREAK_OR_TAB.test(s);

export const controlCharacterMessage = (field: string) => `${field} must not contain control characters`;
