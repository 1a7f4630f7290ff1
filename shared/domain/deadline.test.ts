import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineInForce, type DeadlineDoc } from './deadline';
import { parseSymbol } from './symbol';

function doc(symbol: string, finalDateForComments: string | null, distributionDate: string | null = null): DeadlineDoc {
  const parsed = parseSymbol(symbol);
  if (!parsed.ok) throw new Error(symbol);
  return { id: parsed.symbol.symbol, baseSymbol: parsed.symbol.baseSymbol, suffixes: parsed.symbol.suffixes, finalDateForComments, distributionDate };
}

describe('deadlineInForce', () => {
  const base = doc('G/TBT/N/EU/1234', '2025-03-01', '2025-01-01');

  it('is the notification’s own date when it has no follow-ups', () => {
    expect(deadlineInForce(base, [])).toEqual({ date: '2025-03-01', setBy: 'G/TBT/N/EU/1234' });
  });

  it('moves to the date an addendum sets', () => {
    const add1 = doc('G/TBT/N/EU/1234/Add.1', '2025-05-01', '2025-02-20');
    expect(deadlineInForce(base, [add1])).toEqual({ date: '2025-05-01', setBy: 'G/TBT/N/EU/1234/Add.1' });
  });

  it('keeps the earlier date when a later addendum gives none', () => {
    const add1 = doc('G/TBT/N/EU/1234/Add.1', '2025-05-01', '2025-02-20');
    const add2 = doc('G/TBT/N/EU/1234/Add.2', null, '2025-06-01');
    expect(deadlineInForce(base, [add2, add1]).date).toBe('2025-05-01');
  });

  it('follows a revision, which replaces the earlier documents, even when its date is earlier', () => {
    const add1 = doc('G/TBT/N/EU/1234/Add.1', '2025-09-01', '2025-02-20');
    const rev1 = doc('G/TBT/N/EU/1234/Rev.1', '2025-08-01', '2025-06-01');
    expect(deadlineInForce(base, [add1, rev1])).toEqual({ date: '2025-08-01', setBy: 'G/TBT/N/EU/1234/Rev.1' });
  });

  it('has no deadline when a revision gives none, rather than the replaced one', () => {
    const rev1 = doc('G/TBT/N/EU/1234/Rev.1', null, '2025-06-01');
    expect(deadlineInForce(base, [rev1]).date).toBeNull();
  });

  it('orders follow-ups by their symbols when distribution dates are missing', () => {
    const b = doc('G/TBT/N/BRA/366', '2025-01-10');
    const add1 = doc('G/TBT/N/BRA/366/Add.1', '2025-02-10');
    const corr = doc('G/TBT/N/BRA/366/Add.1/Corr.1', '2025-02-20');
    expect(deadlineInForce(b, [corr, add1]).setBy).toBe('G/TBT/N/BRA/366/Add.1/Corr.1');
  });

  it('ignores documents of other notifications', () => {
    const other = doc('G/TBT/N/EU/999/Add.1', '2030-01-01', '2025-06-01');
    expect(deadlineInForce(base, [other]).date).toBe('2025-03-01');
  });
});

describe('daysLeft', () => {
  it('counts whole days, zero on the day and negative once passed', () => {
    expect(daysLeft('2025-06-11', '2025-06-01')).toBe(10);
    expect(daysLeft('2025-06-11', '2025-06-11')).toBe(0);
    expect(daysLeft('2025-06-11', '2025-06-12')).toBe(-1);
  });

  it('counts across a month end and a leap day', () => {
    expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2);
  });
});
