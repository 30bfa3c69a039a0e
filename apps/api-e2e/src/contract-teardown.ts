import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_DIR } from './contract';

/**
 * After every suite of the API e2e run: each operation of the OpenAPI document has answered a
 * success that matched its schema in some suite. Checked only when every suite ran (a run of some
 * suites covers some operations).
 */
export default function contractTeardown(): void {
  // The suites that talk to the API through `useApi` (whose answers are checked).
  const suites = readdirSync(__dirname).filter((f) => f.endsWith('.e2e-spec.ts') && readFileSync(join(__dirname, f), 'utf8').includes('useApi('));
  const saved = existsSync(CONTRACT_DIR) ? readdirSync(CONTRACT_DIR) : [];
  if (suites.some((suite) => !saved.some((file) => file.startsWith(`${suite}.`)))) return;
  const operations = new Set<string>();
  const succeeded = new Set<string>();
  for (const file of saved) {
    const { operations: ids, covered } = JSON.parse(readFileSync(join(CONTRACT_DIR, file), 'utf8')) as { operations: string[]; covered: Record<string, number[]> };
    ids.forEach((id) => operations.add(id));
    for (const [id, statuses] of Object.entries(covered)) if (statuses.some((s) => s >= 200 && s < 300)) succeeded.add(id);
  }
  const missing = [...operations].filter((id) => !succeeded.has(id)).sort();
  if (missing.length) {
    throw new Error(`${missing.length} operations of the OpenAPI document never answered a success checked against it in the API e2e suites: ${missing.join(', ')}`);
  }
  process.stdout.write(`\nOpenAPI contract: all ${operations.size} operations answered a success that matched the document.\n`);
}
