// A small badge for the notification list: where the submission stands (ready to send, sent, reply
// received, closed), and before it is sent a warning when the internal deadline is near or has passed.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { deadlineWarning, internalDeadline } from '../../shared/compile/deadline';
import type { SubmissionStage } from '../../shared/compile/sending';
import { db } from '../db/schema';
import { formatDate } from '../i18n';
import { localToday } from '../lib/localToday';
import { loadSubmissionSettings } from '../db/submissionSettings';
import './submission.css';

export function SubmissionBadge({ stage, deadline }: { stage: SubmissionStage; deadline: string | null }) {
  const { t } = useTranslation('submission');
  const workingDays = useLiveQuery(async () => (await loadSubmissionSettings(db)).workingDays, []);
  if (stage === 'sent' || stage === 'reply_received' || stage === 'closed') {
    return <span className={`submission-badge status-${stage}`} data-testid="submission-badge">{t(`sent.status.${stage}`)}</span>;
  }
  const warning = workingDays === undefined ? 'none' : deadlineWarning(deadline, workingDays, localToday());
  const late = deadline && workingDays !== undefined && (warning === 'due_soon' || warning === 'internal_passed');
  const title = late ? t(`deadline.${warning}`, { internal: formatDate(internalDeadline(deadline, workingDays)), final: formatDate(deadline) }) : undefined;
  return (
    <>
      {stage === 'ready_to_send' && (
        <span className="submission-badge status-ready_to_send" title={title} data-testid="submission-badge">
          {t('sent.status.ready_to_send')}
        </span>
      )}
      {late && (
        <span className={`submission-badge deadline-${warning}`} title={title} data-testid="internal-deadline-badge">
          {t(`badge.${warning}`)}
        </span>
      )}
    </>
  );
}
