// A small badge for the notification list: where the submission stands once it is sent, and before
// that a warning when the internal deadline is near or has passed.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { deadlineWarning, internalDeadline } from '../../shared/compile/deadline';
import { submissionStatus } from '../../shared/compile/sending';
import { db } from '../db/schema';
import { formatDate } from '../i18n';
import { localToday } from '../lib/localToday';
import { loadSubmissionSettings } from '../db/submissionSettings';
import './submission.css';

export function SubmissionBadge({ notificationId, deadline }: { notificationId: string; deadline: string | null }) {
  const { t } = useTranslation('submission');
  const state = useLiveQuery(async () => {
    const [record, positions, settings] = await Promise.all([
      db.sendingRecords.get(notificationId),
      sentCommentIds(notificationId),
      loadSubmissionSettings(db),
    ]);
    return { record: record ?? null, sentIds: positions, workingDays: settings.workingDays };
  }, [notificationId]);
  if (!state) return null;
  const status = submissionStatus(state.record, state.sentIds);
  if (status !== 'not_sent') {
    return <span className={`submission-badge status-${status}`} data-testid="submission-badge">{t(`sent.status.${status}`)}</span>;
  }
  const warning = deadlineWarning(deadline, state.workingDays, localToday());
  if (!deadline || warning === 'none' || warning === 'final_passed') return null;
  const title = t(`deadline.${warning}`, { internal: formatDate(internalDeadline(deadline, state.workingDays)), final: formatDate(deadline) });
  return (
    <span className={`submission-badge deadline-${warning}`} title={title} data-testid="internal-deadline-badge">
      {t(`badge.${warning}`)}
    </span>
  );
}

/** The ids of the compiled comments the approved positions send. */
async function sentCommentIds(notificationId: string): Promise<string[]> {
  const rows = await db.positions.where('notificationId').equals(notificationId).toArray();
  return rows.filter((p) => p.approved).flatMap((p) => p.compiled.filter((c) => c.decision === 'accepted' || c.decision === 'modified').map((c) => c.id));
}
