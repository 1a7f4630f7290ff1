// The generated pull check must give zod's answer, value for value: a page zod refuses must never be
// stored, and a page zod accepts must come out as zod returns it. Checked on a page with every kind
// of change, mutated at random places in the ways a broken or hostile server could send it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCheck, FAILED, fallbacksOf } from './compileCheck';
import { pullResponseSchema, type PullResponse, type ServerPosition } from '../sync/protocol';
import { checkPullResponse } from '../sync/pullResponseCheck.generated';
import { parsePullResponse } from '../sync/pullResponse';
import { GENERATED_CHECKS, generatedSource } from '../sync/generatedChecks';

const fallback = fallbacksOf(compileCheck(pullResponseSchema));
const SHA = 'ab'.repeat(32);
const rect = { x: 10.5, y: 20, width: 300, height: 12 };
const comment = (id: string, extra: object = {}) => ({
  id, notificationId: 'n1', anchor: null, clause: '5.1', paragraph: '', line: '', type: 'te', concerns: ['more_trade_restrictive'],
  commentZh: '意见', commentEn: 'Comment', proposedChangeZh: '', proposedChangeEn: '', referenceStandard: 'ISO 8124-1', referenceClause: '4.2',
  status: 'finished', createdAt: '2026-11-30T08:00:00.000Z', updatedAt: '2026-11-30T08:00:00.000Z', ...extra,
});
const compiled = (id: string, extra: object = {}) => ({
  id, notificationId: 'n1', sourceCommentIds: ['c1', 'c2'], decision: 'modified', observation: '合并', clause: '5.1', paragraph: '', line: '', type: 'te',
  concerns: ['clarification'], commentZh: '意见', commentEn: 'Comment', proposedChangeZh: '', proposedChangeEn: '', order: 0, ...extra,
});

/** One change of every kind, with optional, nullable, defaulted and transformed fields both ways. */
function samplePage(): Json {
  return structuredClone({
    changes: [
      { kind: 'notification', entityId: 'n1', data: { notification: { id: 'n1', symbol: 'G/TBT/N/CHN/1', nested: { any: [1, 'x'] } }, committeeId: 'tc1', expertIds: ['u1', 'u2'], locked: false } },
      { kind: 'unassigned', entityId: 'n2', data: { notificationId: 'n2', committeeId: 'tc1' } },
      { kind: 'document', entityId: 'd1', data: { id: 'd1', notificationId: 'n1', fileName: 'draft.pdf', sha256: SHA, pageCount: 352, byteLength: 1_000_000, language: 'en', addedAt: '2026-11-30' } },
      { kind: 'standard', entityId: 's1', data: { id: 's1', identifier: 'ISO 8124-1', title: 'Safety of toys', fileName: 's.pdf', sha256: SHA, pageCount: 0, byteLength: 0, addedAt: '2026-11-30' } },
      { kind: 'comment', entityId: 'c1', data: { comment: comment('c1'), authorId: 'u1', authorName: '王专家', committeeId: 'tc1', version: 1, withdrawn: false, updatedAt: '2026-11-30' } },
      {
        kind: 'comment', entityId: 'c2',
        data: {
          comment: comment('c2', { anchor: { documentSha256: SHA, pageIndex: 3, rects: [rect], nextPageRects: [rect, rect], quote: 'the passage', prefix: 'before', suffix: 'after' }, precedent: { kind: 'position', id: 'p1', notificationId: 'n0' } }),
          authorId: 'u2', authorName: 'Expert', committeeId: 'tc1', version: 12, withdrawn: true, updatedAt: '2026-11-30',
        },
      },
      { kind: 'comment', entityId: 'c3', data: { comment: comment('c3', { precedent: null, anchor: { documentSha256: SHA, pageIndex: 0, rects: [rect], quote: '', prefix: '', suffix: '' } }), authorId: 'u1', authorName: 'A', committeeId: 'tc1', version: 2, withdrawn: false, updatedAt: 'x' } },
      { kind: 'lock', entityId: 'n1 tc1', data: { notificationId: 'n1', committeeId: 'tc1', locked: true } },
      {
        kind: 'position', entityId: 'n1 tc1',
        data: {
          position: { notificationId: 'n1', committee: { id: 'tc1', code: 'TC-TOYS', name: '玩具' }, compiled: [compiled('k1'), compiled('k2', { referenceStandard: 'ISO 1', referenceClause: '2' })], approved: true, approvedAt: null, locked: true },
          committeeId: 'tc1', version: 1, approvedById: 'u9', approvedByName: '秘书', updatedAt: '2026-11-30',
        },
      },
      { kind: 'scope', entityId: 'tc1', data: { ics: ['97', '97.200.50'], hs: ['95.03', '9503'], keywordsZh: [' 玩具 '], keywordsEn: ['toys'], committeeId: 'tc1', committeeCode: 'TC-TOYS', committeeName: '玩具', updatedAt: '2026-11-30' } },
    ],
    cursor: '10',
    hasMore: false,
  }) as unknown as Json;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the page: each object property and array element. */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  for (const [step, item] of entries) {
    out.push([...at, step]);
    pathsOf(item, [...at, step], out);
  }
  return out;
}

const LENGTHS = [0, 1, 99, 100, 101, 199, 200, 201, 999, 1000, 1001, 19_999, 20_000, 20_001];
const NUMBERS = [0, -1, 1, 1.5, -0.5, 2 ** 53, 1_000_000, 1_000_001, Number.MAX_SAFE_INTEGER + 2];

/** What a broken or hostile server could put at a place. */
const mutation: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.record({ op: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ op: fc.constant('set' as const), value: fc.constantFrom<Json>(null, true, '', 'ge', 'comment', 'finished', '95.03', '12', SHA, SHA.toUpperCase(), [], {}, [rect]) }),
  fc.record({ op: fc.constant('set' as const), value: fc.constantFrom(...NUMBERS) }),
  // Strings at and around every limit, in single-unit and in two-unit (astral) characters.
  fc.record({ op: fc.constant('set' as const), value: fc.tuple(fc.constantFrom(...LENGTHS), fc.constantFrom('a', '玩', '𝄞')).map(([n, c]) => c.repeat(n)) }),
  fc.record({ op: fc.constant('add' as const), key: fc.constantFrom('extra', 'kind', 'toString', 'constructor'), value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json> }),
);

type Edit = { op: 'delete' } | { op: 'set'; value: Json } | { op: 'add'; key: string; value: Json };

function apply(page: Json, path: Path, change: Edit) {
  let parent = page as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (change.op === 'set') {
    parent[last] = structuredClone(change.value); // fast-check hands out the same constant each time
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[change.key] = structuredClone(change.value);
  }
}

/** `value` without the object keys that `model` (zod's output for it) does not have. */
function withKeysOf(value: Json, model: Json): Json {
  if (Array.isArray(value) && Array.isArray(model)) return value.map((item, i) => withKeysOf(item, model[i]!));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && model !== null && typeof model === 'object' && !Array.isArray(model)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => Object.hasOwn(model, key)).map(([key, item]) => [key, withKeysOf(item, model[key]!)]));
  }
  return value;
}

describe('the generated pull check', () => {
  it('is what the generator makes of today\'s schema (run `npm run generate:checks` after changing a schema)', () => {
    for (const check of GENERATED_CHECKS) expect(readFileSync(new URL(`../../${check.file}`, import.meta.url), 'utf8')).toBe(generatedSource(check));
  });

  it('accepts a page with every kind of change and returns it as zod does (defaults filled, scopes normalised)', () => {
    const expected = pullResponseSchema.parse(samplePage());
    const checked = checkPullResponse(samplePage(), fallback);
    expect(checked).toEqual(expected);
    const [position, scope] = (checked as PullResponse).changes.slice(8).map((change) => change.data);
    expect((position as ServerPosition).position.compiled.map((c) => c.referenceStandard)).toEqual(['', 'ISO 1']);
    expect(scope).toMatchObject({ hs: ['9503', '9503'], keywordsZh: ['玩具'] });
  });

  it('answers as zod does for every single change of every place: removed, retyped, numbers and strings at each limit', () => {
    const paths = pathsOf(samplePage());
    const values: Json[] = [null, true, '', 'ge', {}, [], ...NUMBERS, ...LENGTHS.flatMap((n) => ['a', '玩', '𝄞'].map((c) => c.repeat(n)))];
    const edits: Edit[] = [{ op: 'delete' }, ...values.map((value) => ({ op: 'set' as const, value }))];
    let accepted = 0;
    for (const path of paths) {
      for (const edit of edits) {
        const page = samplePage();
        apply(page, path, edit);
        const byZod = pullResponseSchema.safeParse(structuredClone(page));
        const checked = checkPullResponse(page, fallback);
        if ((checked !== FAILED) !== byZod.success) expect.fail(`${JSON.stringify(edit).slice(0, 80)} at ${path.join('.')}: zod ${byZod.success ? 'accepts' : 'refuses'}`);
        if (byZod.success) {
          accepted++;
          expect(checked).toEqual(byZod.data);
        }
      }
    }
    // Both answers occur often, or the comparison would prove little.
    expect(accepted).toBeGreaterThan(paths.length * 5);
    expect(accepted).toBeLessThan(paths.length * edits.length * 0.9);
  });

  it('answers as zod does for up to three random changes anywhere in the page', () => {
    const paths = pathsOf(samplePage());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), mutation), { minLength: 1, maxLength: 3 }), (edits) => {
        const page = samplePage();
        for (const [index, change] of edits) {
          try {
            apply(page, paths[index]!, change);
          } catch {
            // an earlier edit removed this place's parent: skip it
          }
        }
        const byZod = pullResponseSchema.safeParse(structuredClone(page));
        const checked = checkPullResponse(structuredClone(page), fallback);
        expect(checked !== FAILED).toBe(byZod.success);
        // zod drops keys it does not know; the check keeps them (a newer server may send more).
        if (byZod.success) expect(withKeysOf(checked as Json, byZod.data as Json)).toEqual(byZod.data);
      }),
      { numRuns: 5000 },
    );
  });

  it('parsePullResponse refuses a page zod refuses, with zod\'s account of what is wrong', () => {
    const page = samplePage() as { changes: { data: { comment: { type: string } } }[] };
    page.changes[4]!.data.comment.type = 'xx';
    expect(() => parsePullResponse(page)).toThrow(/changes.*4.*comment.*type|invalid/is);
    expect(parsePullResponse(samplePage())).toEqual(pullResponseSchema.parse(samplePage()));
  });
});
