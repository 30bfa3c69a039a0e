import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

describe('the generated responses of the OpenAPI document', () => {
  it('are what the controllers and the types they return say (else: npm run openapi, and commit)', () => {
    const run = () => execFileSync(process.execPath, [resolve(ROOT, 'node_modules/ts-node/dist/bin.js'), '--transpile-only', 'apps/api/openapi/generate.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 120_000);
});
