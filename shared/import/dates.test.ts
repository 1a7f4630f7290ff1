import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSerialToIso, parseDateCell } from './dates';

describe('dates in imported cells', () => {
  it('converts Excel serial numbers', () => {
    expect(excelSerialToIso(45819)).toBe('2025-06-11');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(45716.75)).toBe('2025-02-28');
  });

  it('reads Date objects, ISO text, day/month/year text and serials written as text', () => {
    expect(parseDateCell(new Date(Date.UTC(2025, 6, 29)))).toEqual({ ok: true, date: '2025-07-29' });
    expect(parseDateCell('2025-07-29')).toEqual({ ok: true, date: '2025-07-29' });
    expect(parseDateCell('29/07/2025')).toEqual({ ok: true, date: '2025-07-29' });
    expect(parseDateCell('29.07.2025')).toEqual({ ok: true, date: '2025-07-29' });
    expect(parseDateCell(' 45819 ')).toEqual({ ok: true, date: '2025-06-11' });
  });

  it('treats an empty cell as no date', () => {
    expect(parseDateCell(null)).toEqual({ ok: true, date: null });
    expect(parseDateCell(' \u00a0')).toEqual({ ok: true, date: null });
  });

  it.each(['2025-02-30', '31/13/2025', 'next month', '12', 3, '2025-13-01', '1899-12-31'])('rejects the impossible date %j', (value) => {
    expect(parseDateCell(value)).toEqual({ ok: false });
  });

  it('writes every day from 1995 to 2100 as Date.toISOString does', () => {
    const first = (Date.UTC(1995, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const last = (Date.UTC(2100, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (serial) => excelSerialToIso(serial) === new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)),
      { numRuns: 5000 },
    );
    expect(excelSerialToIso(first - 1)).toBeNull();
    expect(excelSerialToIso(last + 1)).toBeNull();
  });
});
