// The checks generated from zod schemas (shared/schemas/compileCheck.ts): which schema, which
// function, which file. `npm run generate:checks` writes them; test/generatedChecks.test.ts keeps
// them equal to what the generator makes of today's schemas.
import { checkModuleSource, compileCheck } from '../schemas/compileCheck';
import { pullResponseSchema } from './protocol';

export const GENERATED_CHECKS = [
  { file: 'shared/sync/pullResponseCheck.generated.ts', functionName: 'checkPullResponse', schemaName: 'pullResponseSchema', schemaModule: 'shared/sync/protocol.ts', schema: pullResponseSchema },
];

export function generatedSource(check: (typeof GENERATED_CHECKS)[number]): string {
  return checkModuleSource(compileCheck(check.schema), check);
}
