import { rmSync } from 'node:fs';
import { CONTRACT_DIR } from './contract';

/** Each run counts the operations its own suites cover. */
export default function contractSetup(): void {
  rmSync(CONTRACT_DIR, { recursive: true, force: true });
}
