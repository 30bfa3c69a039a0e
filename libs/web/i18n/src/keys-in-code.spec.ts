import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { en, ja } from './index';

/** The web code: apps/web and every libs/web library. */
const WORKSPACE = resolve(__dirname, '../../../..');
const ROOTS = [join(WORKSPACE, 'apps/web/src'), join(WORKSPACE, 'libs/web')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'i18n') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

const valueAt = (catalog: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

/** Every literal i18n key the code names ('tsunagu.x.y', 'resources.x.fields.y', 'ra.x.y'). */
const KEY = /['"`]((?:tsunagu|resources|ra)\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)['"`]/g;

describe('i18n keys named in the web code', () => {
  const used = ROOTS.flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(KEY)].map((m) => ({ file: relative(WORKSPACE, file), key: m[1] })),
  );

  it('finds keys to check', () => {
    expect(used.length).toBeGreaterThan(50);
  });

  it('exist as messages in Japanese and English', () => {
    // A prefix used to build keys (e.g. `tsunagu.enums.case_status` + value) names a group, not a message.
    const missing = used.filter(({ key }) => {
      const jaValue = valueAt(ja, key);
      const enValue = valueAt(en, key);
      const isMessage = typeof jaValue === 'string' && typeof enValue === 'string';
      const isGroup = typeof jaValue === 'object' && typeof enValue === 'object';
      return !isMessage && !isGroup;
    });
    expect(missing).toEqual([]);
  });
});
