import { ERROR_CODES } from '@tsunagu/contracts';
import { en, ja } from '@tsunagu/web-i18n';
import { errorMessageKey } from './errors';

const messageAt = (catalog: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('API error codes', () => {
  it.each(ERROR_CODES)('%s has a message of its own in Japanese and English', (code) => {
    const key = errorMessageKey(422, { code });
    expect(key).toMatch(/^tsunagu\.errors\./);
    expect(messageAt(ja, key)).toEqual(expect.stringMatching(/\S/));
    expect(messageAt(en, key)).toEqual(expect.stringMatching(/\S/));
  });
});
