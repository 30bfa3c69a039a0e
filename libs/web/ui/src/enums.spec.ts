import { en, ja } from '@tsunagu/web-i18n';
import { CHOICES, ENUMS, enumKey } from './enums';

const has = (catalog: object, key: string) =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog) === 'string';

describe('enum labels', () => {
  it.each(Object.entries(ENUMS))('labels every value of %s in Japanese and English', (name, values) => {
    for (const value of values) {
      const key = enumKey(name as keyof typeof ENUMS, value);
      expect({ key, ja: has(ja, key), en: has(en, key) }).toEqual({ key, ja: true, en: true });
    }
  });

  it('offers the values in the order of the contracts', () => {
    expect(CHOICES.case_status.map((c) => c.id)).toEqual(['intake', 'active', 'paused', 'closed']);
    expect(CHOICES.relationship[0]).toEqual({ id: 'mother', name: 'tsunagu.enums.relationship.mother' });
  });
});
