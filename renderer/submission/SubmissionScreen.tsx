// The desk officer's screen for one notification: the approved positions stored on this computer
// combined in SubmissionView, the sender and internal deadline settings, and the sending record
// (saved on every change) from which the notification's status follows.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { submissionStatus, type SendingRecord } from '../../shared/compile/sending';
import { db } from '../db/schema';
import { useRoute } from '../lib/route';
import { approvedPositions } from '../compile';
import { deadlineInForce } from '../../shared/domain/deadline';
import { localToday } from '../lib/localToday';
import { SubmissionView } from './SubmissionView';
import { saveReplyAttachment, storeReplyAttachment } from './replyAttachment';
import { loadFillIns, loadSubmissionSettings, saveFillIns, saveSender, saveWorkingDays } from '../db/submissionSettings';
import './submission.css';

export function SubmissionScreen({ notificationId }: { notificationId: string }) {
  const { t } = useTranslation('submission');
  const navigate = useRoute((s) => s.navigate);
  const notification = useLiveQuery(async () => (await db.notifications.get(notificationId)) ?? null, [notificationId]);
  const baseSymbol = notification?.baseSymbol;
  const related = useLiveQuery(() => (baseSymbol ? db.notifications.where('baseSymbol').equals(baseSymbol).toArray() : []), [baseSymbol], []);
  const positions = useLiveQuery(() => approvedPositions(db, notificationId), [notificationId]);
  const record = useLiveQuery(async () => (await db.sendingRecords.get(notificationId)) ?? null, [notificationId]);
  const settings = useLiveQuery(() => loadSubmissionSettings(db), []);
  const fillIns = useLiveQuery(() => loadFillIns(db, notificationId), [notificationId]);

  if (notification === undefined || positions === undefined || record === undefined || settings === undefined || fillIns === undefined) {
    return <p className="submission-message">{t('loading')}</p>;
  }
  if (notification === null) {
    return (
      <div className="submission-message" data-testid="submission-not-found">
        <p className="error-box">{t('notFound', { id: notificationId })}</p>
        <button onClick={() => navigate({ name: 'notifications' })}>{t('backToList')}</button>
      </div>
    );
  }

  // Follow-ups may move or (a revision) replace the final date for comments: the one in force counts.
  const source = { ...notification, finalDateForComments: deadlineInForce(notification, related).date };
  const sentIds = positions.flatMap((p) => p.compiled.filter((c) => c.decision === 'accepted' || c.decision === 'modified').map((c) => c.id));
  const status = submissionStatus(record, sentIds);

  return (
    <div className="submission-screen" data-testid="screen-submission">
      <div className="submission-bar">
        <button onClick={() => navigate({ name: 'review', notificationId })}>← {t('backToReview')}</button>
        <button onClick={() => navigate({ name: 'compile', notificationId })}>{t('openCompile')}</button>
        <span className="submission-bar-title" title={notification.title}>{notification.title}</span>
        <span className="spacer" />
        <span className={`submission-status status-${status}`} data-testid="submission-status">
          {t('statusLabel', { status: t(`sent.status.${status}`) })}
        </span>
      </div>
      <div className="submission-scroll">
        <SubmissionView
          notification={source}
          positions={positions}
          sender={settings.sender}
          fillIns={fillIns}
          onFillInsChange={(next) => void saveFillIns(db, notificationId, next)}
          onSenderChange={(sender) => void saveSender(db, sender)}
          workingDays={settings.workingDays}
          today={localToday()}
          record={record}
          onRecordChange={(next: SendingRecord) => void db.sendingRecords.put(next)}
          onAttachReply={(file) => storeReplyAttachment(db, file)}
          onOpenReply={async (attachment) => void (await saveReplyAttachment(db, attachment))}
        />
        <details className="submission submission-settings">
          <summary>{t('settings.heading')}</summary>
          <div className="submission-form">
            <label>
              {t('settings.workingDays')}
              <input
                type="number"
                min={0}
                max={60}
                step={1}
                value={settings.workingDays}
                onChange={(e) => {
                  const days = Number(e.target.value);
                  if (Number.isInteger(days) && days >= 0 && days <= 60) void saveWorkingDays(db, days);
                }}
                data-testid="working-days"
              />
            </label>
          </div>
        </details>
      </div>
    </div>
  );
}
