import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { useApi } from './support';

const ROOT = resolve(__dirname, '../../..');

type Doc = { paths: Record<string, Record<string, { security?: object[]; responses: Record<string, { headers?: object; content?: Record<string, { schema: Record<string, unknown> }> }> }>> };

/** The document integrators build on: linted with the project's ruleset, and saying what each route answers. */
describe('the OpenAPI document', () => {
  const s = useApi({}, false);
  let doc: Doc;
  beforeAll(async () => {
    doc = (await s.http().get('/api/docs-json').expect(200)).body;
  });

  it("passes Redocly's lint with the project's ruleset (redocly.yaml)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tsunagu-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await new Promise<{ code: number; output: string }>((done) =>
      execFile(
        join(ROOT, 'node_modules/.bin/redocly'),
        ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish'],
        { cwd: ROOT, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' } },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      ),
    );
    // The problems' lines (Redocly's banner about Node.js versions is not one).
    const problems = result.output.split('\n').filter((l) => /^\s*\d+:\d+\s+(error|warning)/.test(l));
    expect({ code: result.code, problems, output: result.code ? result.output.slice(-3000) : '' }).toEqual({ code: 0, problems: [], output: '' });
  }, 60_000);

  it('says what a list answers: named items, Content-Range, and the CSV of format=csv', () => {
    const ok = doc.paths['/api/cases']['get'].responses['200'];
    expect(ok.headers).toHaveProperty('Content-Range');
    expect(ok.content?.['application/json'].schema).toEqual({
      type: 'array',
      items: { anyOf: [{ $ref: '#/components/schemas/CaseDto' }, { $ref: '#/components/schemas/CaseReferralViewDto' }] },
    });
    expect(ok.content).toHaveProperty('text/csv');
  });

  it('lists the codes of each refusal, read from the code the route runs', () => {
    const update = doc.paths['/api/cases/{id}']['put'].responses;
    const codes = (status: string) => ((update[status].content?.['application/json'].schema['allOf'] as Array<{ properties?: { code: { enum: string[] } } }>)[1].properties?.code.enum ?? []);
    expect(codes('422')).toEqual(expect.arrayContaining(['CASE_STATUS', 'CASE_CLOSURE_REASON']));
    expect(codes('409')).toContain('STALE_VERSION');
    expect(codes('401')).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'SESSION_ENDED']));
    expect(codes('403')).toEqual(expect.arrayContaining(['ROLE_FORBIDDEN', 'CASE_FORBIDDEN']));
  });

  it('marks the routes open without a sign-in, and only those', () => {
    const open = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.security?.every((r) => Object.keys(r).length === 0))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(open.sort()).toEqual(['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/login/second-factor']);
  });
});
