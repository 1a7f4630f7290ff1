import { describe, expect, it } from 'vitest';
import { routingHistory, suggestCommittees, type CommitteeScope, type RoutedNotification, type RoutingNotification } from './suggestCommittees';
import { generateRoutingHistory, holdOut } from './testing/generateRoutingHistory';

const toys: RoutingNotification = { notificationId: 'new', memberCode: 'EU', hsCodes: ['950300'], icsCodes: ['97.200.50'], standards: ['ISO 8124-1:2022'], title: 'Safety of toys' };
const toyScope: CommitteeScope = { committeeId: 'toys', ics: ['97.200'], hs: ['95'], keywordsZh: ['玩具'], keywordsEn: ['toys'] };

function routed(i: number, committeeIds: string[], over: Partial<RoutedNotification> = {}): RoutedNotification {
  return { notificationId: `n${i}`, distributedAt: `2024-01-${String(1 + i).padStart(2, '0')}`, memberCode: 'USA', hsCodes: [], icsCodes: [], standards: [], title: '', committeeIds, commenters: [], ...over };
}

describe('committee suggestions for a new notification', () => {
  it('says which part of the scope matched', () => {
    const [first] = suggestCommittees(toys, [toyScope], routingHistory([]));
    expect(first!.committeeId).toBe('toys');
    expect(first!.reasons).toEqual([
      { kind: 'scope_ics', code: '97.200.50', scope: '97.200' },
      { kind: 'scope_hs', code: '950300', scope: '95' },
      { kind: 'scope_keyword', keyword: 'toys' },
    ]);
  });

  it('counts who took the last notifications with the same HS heading, and names the experts who commented', () => {
    const history = routingHistory([
      ...Array.from({ length: 12 }, (_, i) => routed(i, ['tc-a'], { hsCodes: ['9503'], commenters: [{ committeeId: 'tc-a', expertId: 'wang' }] })),
      ...Array.from({ length: 3 }, (_, i) => routed(12 + i, ['tc-b'], { hsCodes: ['950390'] })),
    ]);
    const [first, second] = suggestCommittees(toys, [], history);
    expect(first!.committeeId).toBe('tc-a');
    expect(first!.reasons).toContainEqual({ kind: 'history', key: { kind: 'hs', code: '9503' }, taken: 12, of: 15 });
    expect(first!.experts).toEqual([{ expertId: 'wang', commentedOn: 12 }]);
    expect(second!.committeeId).toBe('tc-b');
  });

  it('counts each earlier notification an expert commented on once, however many codes it shares', () => {
    const history = routingHistory([routed(1, ['tc-a'], { hsCodes: ['950300'], icsCodes: ['97.200.50'], memberCode: 'EU', commenters: [{ committeeId: 'tc-a', expertId: 'wang' }] })]);
    expect(suggestCommittees(toys, [], history)[0]!.experts).toEqual([{ expertId: 'wang', commentedOn: 1 }]);
  });

  it('remembers only the newest notifications for a key, so a move of work between committees shows', () => {
    const history = routingHistory([...Array.from({ length: 20 }, (_, i) => routed(i, ['old'], { hsCodes: ['9503'] })), ...Array.from({ length: 15 }, (_, i) => routed(20 + i, ['new'], { hsCodes: ['9503'], distributedAt: `2025-01-${String(1 + i).padStart(2, '0')}` }))]);
    expect(suggestCommittees(toys, [], history).map((s) => s.committeeId)).toEqual(['new']);
  });

  it('suggests nothing for a notification nothing is known about', () => {
    expect(suggestCommittees({ ...toys, hsCodes: ['0101'], icsCodes: [], standards: [], title: 'Horses', memberCode: 'XXX' }, [toyScope], routingHistory([routed(1, ['tc-a'], { hsCodes: ['9503'] })]))).toEqual([]);
  });

  it('puts the committee that took a held-out notification in the top three for nine in ten of a generated history', () => {
    const { scopes, history } = generateRoutingHistory({ notifications: 4000, committees: 120, seed: 3 });
    const { past, held } = holdOut(history);
    const learned = routingHistory(past);
    const hits = held.filter((n) => suggestCommittees(n, scopes, learned, 3).some((s) => s.committeeId === n.committeeIds[0])).length;
    expect(hits / held.length).toBeGreaterThanOrEqual(0.9);
  });
});
