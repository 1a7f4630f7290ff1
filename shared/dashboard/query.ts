// `GET /dashboard`: the comment rate of the whole institute, computed by the server in SQL.
import { z } from 'zod';
import { PERIODS, type DashboardFigures } from './commentRate';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-mm-dd')
  .refine((text) => !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text)).toISOString().startsWith(text), 'not a calendar date');

export const dashboardQuerySchema = z
  .object({
    period: z.enum(PERIODS).default('month'),
    /** Distribution dates from…to (inclusive); without them every notification counts. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** The day deadlines are missed or at risk from; the server's date when absent. */
    today: isoDate.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['from'] });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export interface DashboardResponse {
  period: DashboardQuery['period'];
  today: string;
  figures: DashboardFigures;
  /**
   * Sending records stay on the desk officers' computers (they are not synced), so the server
   * counts nothing as submitted: its `submittedInTime` is 0 and `missed` is every past deadline.
   */
  submissionsKnown: false;
}
