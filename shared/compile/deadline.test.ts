import { describe, expect, it } from 'vitest';
import { deadlineWarning, internalDeadline } from './deadline';

describe('internal deadline', () => {
  it('counts back working days within a week', () => {
    // Friday 2026-09-18 minus 3 working days is Tuesday 2026-09-15.
    expect(internalDeadline('2026-09-18', 3)).toBe('2026-09-15');
  });

  it('skips the weekend when counting back', () => {
    // Tuesday 2026-09-15 minus 5 working days is Tuesday 2026-09-08.
    expect(internalDeadline('2026-09-15', 5)).toBe('2026-09-08');
    // Monday minus 1 is the Friday before.
    expect(internalDeadline('2026-09-14', 1)).toBe('2026-09-11');
  });

  it('counts from the Friday before when the final date falls on a weekend', () => {
    expect(internalDeadline('2026-09-13', 0)).toBe('2026-09-11'); // Sunday
    expect(internalDeadline('2026-09-12', 2)).toBe('2026-09-09'); // Saturday
  });

  it('crosses month and year ends', () => {
    // Monday 2027-01-04 minus 3 working days: Thu 2026-12-30... Fri 1 Jan, Thu 31 Dec, Wed 30 Dec.
    expect(internalDeadline('2027-01-04', 3)).toBe('2026-12-30');
  });

  it('refuses negative or fractional working days and malformed dates', () => {
    expect(() => internalDeadline('2026-09-15', -1)).toThrow(RangeError);
    expect(() => internalDeadline('2026-09-15', 1.5)).toThrow(RangeError);
    expect(() => internalDeadline('15/09/2026', 1)).toThrow(RangeError);
  });

  it('warns when the internal deadline is near, passed, or the final date has passed', () => {
    // Final Tuesday 2026-09-15, 5 working days → internal 2026-09-08.
    expect(deadlineWarning('2026-09-15', 5, '2026-08-20')).toBe('none');
    expect(deadlineWarning('2026-09-15', 5, '2026-09-06')).toBe('due_soon');
    expect(deadlineWarning('2026-09-15', 5, '2026-09-08')).toBe('due_soon');
    expect(deadlineWarning('2026-09-15', 5, '2026-09-09')).toBe('internal_passed');
    expect(deadlineWarning('2026-09-15', 5, '2026-09-16')).toBe('final_passed');
    expect(deadlineWarning(null, 5, '2026-09-16')).toBe('none');
  });
});
