import { describe, expect, it } from 'vitest';
import type { Notification } from './notification';
import { symbolChain } from './symbolChain';

function n(id: string, distributionDate: string | null, finalDateForComments: string | null): Notification {
  const suffixes = [...id.matchAll(/\/(Add|Rev|Corr)\.(\d+)/g)].map((m) => ({ kind: m[1] as 'Add', n: Number(m[2]) }));
  return { id, suffixes, distributionDate, finalDateForComments } as Notification;
}

describe('symbol chain', () => {
  const base = n('G/TBT/N/BRA/366', '2025-01-10', '2025-03-11');
  const add1 = n('G/TBT/N/BRA/366/Add.1', '2025-03-01', '2025-05-10');
  const add1corr1 = n('G/TBT/N/BRA/366/Add.1/Corr.1', '2025-03-05', null);
  const add10 = n('G/TBT/N/BRA/366/Add.10', '2025-06-01', null);

  it('lists the regular notification, then its addenda with their corrigenda, numbers in numeric order', () => {
    const chain = symbolChain([add10, add1corr1, base, add1]);
    expect(chain.map((e) => [e.notification.id, e.depth])).toEqual([
      ['G/TBT/N/BRA/366', 0],
      ['G/TBT/N/BRA/366/Add.1', 1],
      ['G/TBT/N/BRA/366/Add.1/Corr.1', 2],
      ['G/TBT/N/BRA/366/Add.10', 1],
    ]);
  });

});
