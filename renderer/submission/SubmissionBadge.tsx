// A small badge for the notification list: where the submission stands once it is sent, and before
// that a warning when the internal deadline is near or has passed. The list asks for the badges of
// the rows in its window with one query (useSubmissionBadges), not one query per row.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { deadlineWarning, internalDeadline } from '../../shared/compile/deadline';
import { submissionStatus, type SubmissionStatus } from '../../shared/compile/sending';
import { db } from '../db/schema';
import { formatDate } from '../i18n';
import { localToday } from '../lib/localToday';
import { loadSubmissionSettings } from '../db/submissionSettings';
import './submission.css';

export interface SubmissionBadgeState {
  status: SubmissionStatus;
  workingDays: number;
}

/** The badge state of each notification in `notificationIds`, kept current; undefined while loading. */
export function useSubmissionBadges(notificationIds: readonly string[]): ReadonlyMap<string, SubmissionBadgeState> | undefined {
  const key = notificationIds.join('\n');
  return useLiveQuery(async () => {
    const [records, positions, settings] = await Promise.all([
      db.sendingRecords.bulkGet([...notificationIds]),
      db.positions.where('notificationId').anyOf([...notificationIds]).toArray(),
      loadSubmissionSettings(db),
    ]);
    // The ids of the compiled comments the approved positions send.
    const sentIds = new Map<string, string[]>();
    for (const p of positions) {
      if (!p.approved) continue;
      const ids = sentIds.get(p.notificationId) ?? [];
      for (const c of p.compiled) if (c.decision === 'accepted' || c.decision === 'modified') ids.push(c.id);
      sentIds.set(p.notificationId, ids);
    }
    const states = new Map<string, SubmissionBadgeState>();
    notificationIds.forEach((id, i) => {
      states.set(id, { status: submissionStatus(records[i] ?? null, sentIds.get(id) ?? []), workingDays: settings.workingDays });
    });
    return states;
  }, [key]);
}

export function SubmissionBadge({ state, deadline }: { state: SubmissionBadgeState | undefined; deadline: string | null }) {
  const { t } = useTranslation('submission');
  if (!state) return null;
  const { status, workingDays } = state;
  if (status !== 'not_sent') {
    return <span className={`submission-badge status-${status}`} data-testid="submission-badge">{t(`sent.status.${status}`)}</span>;
  }
  const warning = deadlineWarning(deadline, workingDays, localToday());
  if (!deadline || warning === 'none' || warning === 'final_passed') return null;
  const title = t(`deadline.${warning}`, { internal: formatDate(internalDeadline(deadline, workingDays)), final: formatDate(deadline) });
  return (
    <span className={`submission-badge deadline-${warning}`} title={title} data-testid="internal-deadline-badge">
      {t(`badge.${warning}`)}
    </span>
  );
}
