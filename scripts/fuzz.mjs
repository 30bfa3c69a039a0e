// `npm run fuzz -- --runs=500 [--seed=N]`: the property-based malformed-request suite alone, with
// more runs per route than CI gives it (25), on a PostgreSQL of its own (see with-postgres.mjs).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, seed: { type: 'string' } }, allowPositionals: true });
const env = { ...process.env, FUZZ_RUNS: values.runs, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) };
const args = ['scripts/with-postgres.mjs', 'npx', 'nx', 'run', 'api-e2e:e2e', '--testPathPatterns=malformed', '--outputStyle=stream'];
const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
