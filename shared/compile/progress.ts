// Progress of each expert on a notification, as the committee secretary follows it against the
// internal deadline. Only finished comments reach the secretary (drafts stay on the experts'
// computers), so progress counts finished comments; the secretary's own drafts are counted too.
import { internalDeadline } from './deadline';

export interface ExpertRef {
  id: string;
  name: string;
}

export interface AuthoredComment {
  authorId: string;
  status: 'draft' | 'finished';
}

/** `done`: at least one finished comment; `waiting`: none yet, deadline ahead; `late`: none and the internal deadline passed. */
export type ExpertState = 'done' | 'waiting' | 'late';

export interface ExpertProgress {
  expert: ExpertRef;
  finished: number;
  drafts: number;
  state: ExpertState;
}

export interface ProgressReport {
  /** ISO day the experts' comments are due (the internal deadline), or null without a final date. */
  dueDate: string | null;
  rows: ExpertProgress[];
}

export function expertProgress(experts: readonly ExpertRef[], comments: readonly AuthoredComment[], finalDate: string | null, workingDays: number, today: string): ProgressReport {
  const dueDate = finalDate ? internalDeadline(finalDate, workingDays) : null;
  const rows = experts.map((expert) => {
    const own = comments.filter((c) => c.authorId === expert.id);
    const finished = own.filter((c) => c.status === 'finished').length;
    const drafts = own.length - finished;
    const state: ExpertState = finished > 0 ? 'done' : dueDate !== null && today > dueDate ? 'late' : 'waiting';
    return { expert, finished, drafts, state };
  });
  return { dueDate, rows };
}
