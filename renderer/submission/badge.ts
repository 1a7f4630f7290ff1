// The submission feature's light entry, for the notification list: the badge alone, without the
// submission screen, its exports and the compile feature that index.ts brings.
export { SubmissionBadge, useSubmissionWorkingDays } from './SubmissionBadge';
