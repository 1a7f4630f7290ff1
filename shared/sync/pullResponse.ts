// A pulled page, checked before anything of it is stored (PROTOCOL.md: both sides validate every
// body). The generated check gives zod's answer at a fraction of zod's cost; a page it refuses is
// parsed by zod itself, which throws the error that says what is wrong.
import { compileCheck, FAILED, fallbacksOf } from '../schemas/compileCheck';
import { pullResponseSchema, type PullResponse } from './protocol';
import { checkPullResponse } from './pullResponseCheck.generated';

const fallback = fallbacksOf(compileCheck(pullResponseSchema));

export function parsePullResponse(json: unknown): PullResponse {
  const checked = checkPullResponse(json, fallback);
  return checked === FAILED ? pullResponseSchema.parse(json) : (checked as PullResponse);
}
