// CPU ms to check one 1,000-change pull page, as every client does: with the generated check
// (parsePullResponse) and, for comparison, with zod's own parse of the same schema.
// Run: node --import tsx test/bench/server/pullParseMicro.ts [--jitless]   (--jitless: zod as in the renderer, whose CSP forbids eval)
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { pullResponseSchema } from '../../../shared/sync/protocol';
import { parsePullResponse } from '../../../shared/sync/pullResponse';
import { finishedComment } from '../../support/server/fixtures';

if (process.argv.includes('--jitless')) z.config({ jitless: true });

// Comments as the server bench pushes them, every other one anchored to a passage.
const anchor = { documentSha256: 'a'.repeat(64), pageIndex: 3, rects: [{ x: 10, y: 20, width: 300, height: 12 }, { x: 10, y: 34, width: 120, height: 12 }], quote: 'the quoted passage', prefix: 'before ', suffix: ' after' };
const changes = Array.from({ length: 1000 }, (_, i) => {
  const comment = { ...finishedComment(randomUUID(), `bench ${i}`), ...(i % 2 ? { anchor } : {}) };
  return { kind: 'comment', entityId: comment.id, data: { comment, authorId: randomUUID(), authorName: 'Reviewer', committeeId: randomUUID(), version: 1, withdrawn: false, updatedAt: comment.updatedAt } };
});
const body = JSON.stringify({ changes, cursor: 'c1000', hasMore: true });

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU ms per page over 60 pages, each freshly parsed from JSON; the first pages run cold. */
const checkTimes = (check: (page: unknown) => unknown) =>
  Array.from({ length: 60 }, () => {
    const page = JSON.parse(body) as unknown;
    return cpuMs(() => check(page));
  });
const generated = checkTimes(parsePullResponse);
const zod = checkTimes((page) => pullResponseSchema.parse(page));
const parse = Array.from({ length: 30 }, () => cpuMs(() => JSON.parse(body)));
const summary = (times: number[]) => `first 10 pages ${times.slice(0, 10).reduce((a, b) => a + b, 0).toFixed(1)} in all, then median ${median(times.slice(10)).toFixed(2)} per page`;
console.log(`page of ${(body.length / 1024).toFixed(0)} KiB, CPU ms: JSON.parse median ${median(parse).toFixed(2)}`);
console.log(`  parsePullResponse (generated check): ${summary(generated)}`);
console.log(`  pullResponseSchema.parse (zod):      ${summary(zod)}`);
