import { describe, expect, it } from 'vitest';
import { expertProgress } from './progress';

const experts = [
  { id: 'u1', name: 'Li Wei' },
  { id: 'u2', name: 'Wang Fang' },
  { id: 'u3', name: 'Zhao Min' },
];
const comments = [
  { authorId: 'u1', status: 'finished' as const },
  { authorId: 'u1', status: 'finished' as const },
  { authorId: 'u1', status: 'draft' as const },
  { authorId: 'u2', status: 'draft' as const },
  { authorId: 'someone-else', status: 'finished' as const },
];

describe('progress per expert against the deadline', () => {
  it('counts each expert’s finished comments and drafts; nobody else’s', () => {
    const report = expertProgress(experts, comments, '2026-12-18', 5, '2026-12-01');
    expect(report.rows.map((r) => [r.expert.name, r.finished, r.drafts, r.state])).toEqual([
      ['Li Wei', 2, 1, 'done'],
      ['Wang Fang', 0, 1, 'waiting'],
      ['Zhao Min', 0, 0, 'waiting'],
    ]);
  });

  it('is due on the internal deadline; an expert with nothing finished after it is late', () => {
    // Friday 18 December 2026 minus 5 working days is Friday 11 December.
    const onTime = expertProgress(experts, comments, '2026-12-18', 5, '2026-12-11');
    expect(onTime.dueDate).toBe('2026-12-11');
    expect(onTime.rows.map((r) => r.state)).toEqual(['done', 'waiting', 'waiting']);
    const after = expertProgress(experts, comments, '2026-12-18', 5, '2026-12-14');
    expect(after.rows.map((r) => r.state)).toEqual(['done', 'late', 'late']);
  });

  it('without a final date for comments nobody is late', () => {
    const report = expertProgress(experts, [], null, 5, '2030-01-01');
    expect(report.dueDate).toBeNull();
    expect(report.rows.every((r) => r.state === 'waiting')).toBe(true);
  });
});
