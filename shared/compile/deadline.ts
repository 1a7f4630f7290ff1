// The internal deadline: comments must be with the desk officer a number of working days before the
// notifying member's final date for comments, so the submission can be compiled and sent in time.

const DAY_MS = 86_400_000;

function parseIsoDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isWeekend(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
}

/** `finalDate` minus `workingDays` Monday-to-Friday days; a final date on a weekend counts from the Friday before. */
export function internalDeadline(finalDate: string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${workingDays}`);
  let day = parseIsoDay(finalDate);
  while (isWeekend(day)) day -= DAY_MS;
  for (let left = workingDays; left > 0; ) {
    day -= DAY_MS;
    if (!isWeekend(day)) left--;
  }
  return isoDay(day);
}

export type DeadlineWarning = 'none' | 'due_soon' | 'internal_passed' | 'final_passed';

/** What the list and the submission screen warn about on `today`; `soonDays` calendar days ahead counts as soon. */
export function deadlineWarning(finalDate: string | null, workingDays: number, today: string, soonDays = 3): DeadlineWarning {
  if (!finalDate) return 'none';
  const now = parseIsoDay(today);
  if (now > parseIsoDay(finalDate)) return 'final_passed';
  const internal = parseIsoDay(internalDeadline(finalDate, workingDays));
  if (now > internal) return 'internal_passed';
  return internal - now <= soonDays * DAY_MS ? 'due_soon' : 'none';
}
