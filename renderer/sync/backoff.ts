// How long to wait before the next attempt after `failures` failed ones: doubling from one second
// up to five minutes, with "equal jitter" (half fixed, half random) so that many clients that lost
// the server at the same moment do not all come back at the same moment.
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60_000;

export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
