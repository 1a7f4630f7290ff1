import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBy, dashboardFigures, daysDistribution, deadlines, drillDown, inDayBucket, MEASURES, notificationFacts, periodOf, type DashboardInput, type Dimension } from './commentRate';

const n = (id: string, over: Partial<DashboardInput['notifications'][number]> = {}) => ({
  id,
  memberCode: 'EU',
  distributionDate: '2025-03-10',
  finalDateForComments: '2025-05-09',
  hsCodes: [{ code: '950300' }],
  icsCodes: [{ code: '97.200.50' }],
  ...over,
});

const input: DashboardInput = {
  notifications: [n('a'), n('b', { memberCode: 'USA', distributionDate: '2025-04-02', hsCodes: [{ code: '8507' }, { code: '9503' }] }), n('c', { finalDateForComments: '2025-06-20' }), n('d', { distributionDate: '2025-07-01', finalDateForComments: null })],
  assignments: [
    { notificationId: 'a', committeeId: 'TC253' },
    { notificationId: 'b', committeeId: 'TC253' },
    { notificationId: 'b', committeeId: 'TC19' },
  ],
  comments: [
    { notificationId: 'a', status: 'finished', updatedAt: '2025-03-20T08:00:00Z' },
    { notificationId: 'a', status: 'finished', updatedAt: '2025-03-15T08:00:00Z' },
    { notificationId: 'b', status: 'draft', updatedAt: '2025-04-03T08:00:00Z' },
  ],
  positions: [{ notificationId: 'a', committeeId: 'TC253', approved: true }],
  sendingRecords: [
    { notificationId: 'a', sentAt: '2025-05-01' },
    { notificationId: 'b', sentAt: '2025-05-20' },
  ],
};

describe('the comment rate', () => {
  const facts = notificationFacts(input, 'quarter');

  it('counts per period what was received, assigned, commented, approved and submitted in time', () => {
    expect(Object.fromEntries(countBy(facts, 'period'))).toEqual({
      '2025-Q1': { received: 2, assigned: 1, commented: 1, approved: 1, submittedInTime: 1 },
      '2025-Q2': { received: 1, assigned: 1, commented: 0, approved: 0, submittedInTime: 0 },
      '2025-Q3': { received: 1, assigned: 0, commented: 0, approved: 0, submittedInTime: 0 },
    });
  });

  it('counts a notification under each committee and HS chapter it concerns', () => {
    expect(countBy(facts, 'committee').get('TC19')).toEqual({ received: 1, assigned: 1, commented: 0, approved: 0, submittedInTime: 0 });
    expect(countBy(facts, 'hsChapter').get('95')!.received).toBe(4);
    expect(countBy(facts, 'hsChapter').get('85')!.received).toBe(1);
    expect(countBy(facts, 'member').get('USA')!.received).toBe(1);
  });

  it('measures the days from distribution to the first finished comment', () => {
    expect(daysDistribution(facts)).toEqual({ median: 5, buckets: [1, 0, 0, 0, 0] });
  });

  it('lists deadlines missed and those at risk in the next 14 days', () => {
    expect(deadlines(facts, '2025-06-10')).toEqual({ missed: ['b'], atRisk: ['c'] });
  });

  it('names ISO weeks, months, quarters and years as the period selector shows them', () => {
    expect(periodOf('2025-03-10', 'week')).toBe('2025-W11');
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodOf('2025-03-10', 'month')).toBe('2025-03');
    expect(periodOf('2025-03-10', 'year')).toBe('2025');
    expect(periodOf(null, 'week')).toBe('—');
  });

  it('gathers every figure the dashboard shows: totals, breakdowns largest first, days, deadlines', () => {
    const figures = dashboardFigures(facts, '2025-06-10');
    expect(figures.totals).toEqual({ received: 4, assigned: 2, commented: 1, approved: 1, submittedInTime: 1 });
    expect(figures.breakdowns.period.map((row) => row.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    expect(figures.breakdowns.member.map((row) => [row.key, row.counts.received])).toEqual([['EU', 3], ['USA', 1]]);
    expect(figures.days.median).toBe(5);
    expect([figures.missed, figures.atRisk]).toEqual([1, 1]);
    expect(inDayBucket(facts, 0)).toEqual(['a']);
    expect(inDayBucket(facts, 4)).toEqual([]);
  });

  it('drills down from any chart cell to exactly the notifications it counts', () => {
    const arbitraryInput = fc
      .array(fc.record({ member: fc.constantFrom('EU', 'USA'), month: fc.integer({ min: 1, max: 12 }), hs: fc.subarray(['9503', '8507', '3304']), committees: fc.subarray(['TC1', 'TC2']), finished: fc.boolean(), approved: fc.boolean(), sent: fc.option(fc.integer({ min: 1, max: 28 })) }), { maxLength: 30 })
      .map((rows): DashboardInput => ({
        notifications: rows.map((r, i) => n(`n${i}`, { memberCode: r.member, distributionDate: `2025-${String(r.month).padStart(2, '0')}-01`, finalDateForComments: '2025-12-15', hsCodes: r.hs.map((code) => ({ code })) })),
        assignments: rows.flatMap((r, i) => r.committees.map((committeeId) => ({ notificationId: `n${i}`, committeeId }))),
        comments: rows.flatMap((r, i) => (r.finished ? [{ notificationId: `n${i}`, status: 'finished' as const, updatedAt: '2025-12-01' }] : [])),
        positions: rows.flatMap((r, i) => (r.approved ? [{ notificationId: `n${i}`, committeeId: 'TC1', approved: true }] : [])),
        sendingRecords: rows.flatMap((r, i) => (r.sent ? [{ notificationId: `n${i}`, sentAt: `2025-12-${String(r.sent).padStart(2, '0')}` }] : [])),
      }));
    fc.assert(
      fc.property(arbitraryInput, fc.constantFrom<Dimension>('period', 'committee', 'member', 'hsChapter', 'icsField'), (data, dimension) => {
        const all = notificationFacts(data, 'month');
        for (const [key, counts] of countBy(all, dimension)) {
          for (const measure of MEASURES) expect(drillDown(all, { dimension, key, measure })).toHaveLength(counts[measure]);
        }
      }),
    );
  });
});
