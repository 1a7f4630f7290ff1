// Writes the checks generated from zod schemas (shared/sync/generatedChecks.ts).
import { writeFileSync } from 'node:fs';
import { GENERATED_CHECKS, generatedSource } from '../shared/sync/generatedChecks';

for (const check of GENERATED_CHECKS) {
  writeFileSync(new URL(`../${check.file}`, import.meta.url), generatedSource(check));
  console.log(`wrote ${check.file}`);
}
