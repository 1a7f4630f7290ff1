// The secretary's screen for one notification: loads the finished comments available on this
// computer and the committee's stored position, shows them in CompileView, saves every change,
// and on approval locks the compilation on the sync server and queues the approved position for
// the desk officers when signed in as the secretary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CommitteePosition, CommitteeRef } from '../../shared/compile/types';
import { db } from '../db/schema';
import { useRoute } from '../lib/route';
import { SaveIndicator } from '../ui/SaveIndicator';
import { appEngine } from '../sync/appEngine';
import { useSyncStatus } from '../sync/syncHooks';
import type { ServerErrorCode } from '../sync/serverCall';
import { CompileView } from './CompileView';
import { finishedSources, LOCAL_COMMITTEE_ID } from './positionStore';
import { lockOnServer } from './serverLock';
import { queueApprovedPosition } from './positionSync';
import { usePosition } from './usePosition';
import { ExpertsPanel } from './ExpertsPanel';
import { CommitteeMembersPanel } from './CommitteeMembersPanel';
import './compile.css';

type LockMessage = { kind: 'locked' | 'local_only' } | { kind: 'failed'; code: ServerErrorCode };

export function CompileScreen({ notificationId }: { notificationId: string }) {
  const { t } = useTranslation('compile');
  const navigate = useRoute((s) => s.navigate);
  const sync = useSyncStatus();
  const user = sync.signedIn ? (sync.session?.user ?? null) : null;
  const committees = user?.committees ?? [];
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const committee: CommitteeRef = committees.find((c) => c.id === committeeId) ?? committees[0] ?? { id: LOCAL_COMMITTEE_ID, code: '', name: '' };
  const local = committee.id === LOCAL_COMMITTEE_ID;
  // Only the committee's secretary (or an admin) may lock its compilation on the server.
  const canLockOnServer = !local && user !== null && ['secretary', 'admin'].includes(user.role);
  const ownName = user?.displayName ?? t('you');

  const notification = useLiveQuery(async () => (await db.notifications.get(notificationId)) ?? null, [notificationId]);
  const sources = useLiveQuery(() => finishedSources(db, notificationId, local ? null : committee.id, ownName), [notificationId, committee.id, local, ownName]);
  const { row, saveState, change } = usePosition(notificationId, committee, sources);
  // The pulled lock flag of this committee's assignment (set by an approval on any computer).
  const serverLocked = useLiveQuery(async () => (await db.assignments.get([notificationId, committee.id]))?.locked ?? false, [notificationId, committee.id], false);
  const [lockMessage, setLockMessage] = useState<LockMessage | null>(null);

  const lockRemotely = async (notificationId: string, committeeId: string) => {
    const result = await lockOnServer(db, notificationId, committeeId);
    if (result.kind === 'locked') {
      setLockMessage({ kind: 'locked' });
      void appEngine().requestSync();
      return new Date().toISOString();
    }
    setLockMessage(result.kind === 'not_signed_in' ? { kind: 'local_only' } : { kind: 'failed', code: result.code });
    return null;
  };

  const onChange = (position: CommitteePosition) => {
    const wasLocked = row?.locked ?? false;
    const saved = change(position);
    if (!saved || wasLocked || !saved.locked) return;
    // The committee's secretary sends the approved position to the desk officers through the outbox.
    if (!local && user?.role === 'secretary') void queueApprovedPosition(db, saved).then(() => appEngine().requestSync());
    if (!canLockOnServer) {
      setLockMessage({ kind: 'local_only' });
      return;
    }
    void lockRemotely(saved.notificationId, saved.committeeId).then((at) => {
      if (at) change(saved, { serverLockedAt: at });
    });
  };

  if (notification === undefined || sources === undefined) return <p className="compile-message">{t('loading')}</p>;
  if (notification === null) {
    return (
      <div className="compile-message" data-testid="compile-not-found">
        <p className="error-box">{t('notFound', { id: notificationId })}</p>
        <button onClick={() => navigate({ name: 'notifications' })}>{t('backToList')}</button>
      </div>
    );
  }

  return (
    <div className="compile-screen" data-testid="screen-compile">
      <div className="compile-bar">
        <button onClick={() => navigate({ name: 'review', notificationId })}>← {t('backToReview')}</button>
        <span className="compile-bar-title" title={notification.title}>{notification.title}</span>
        <span className="spacer" />
        {committees.length > 1 && (
          <label>
            {t('committeeSelect')}{' '}
            <select value={committee.id} onChange={(e) => setCommitteeId(e.target.value)}>
              {committees.map((c) => <option key={c.id} value={c.id}>{c.code}</option>)}
            </select>
          </label>
        )}
        {local && row && (
          <label>
            {t('committeeCode')}{' '}
            <input
              className="compile-code"
              value={row.committee.code}
              disabled={row.locked}
              placeholder={t('committeeCodePlaceholder')}
              onChange={(e) => change({ ...row, committee: { ...row.committee, code: e.target.value } })}
              data-testid="committee-code"
            />
          </label>
        )}
        <SaveIndicator state={saveState} />
        <button onClick={() => navigate({ name: 'submission', notificationId })}>{t('openSubmission')} →</button>
      </div>
      <div className="compile-scroll">
        {user && !local && ['secretary', 'admin'].includes(user.role) && (
          <>
            <ExpertsPanel key={committee.id} notificationId={notificationId} finalDate={notification.finalDateForComments} committee={committee} user={user} />
            <CommitteeMembersPanel key={`members-${committee.id}`} committee={committee} />
          </>
        )}
        {row && row.locked && (
          <p className={`compile-server-lock lock-${row.serverLockedAt || serverLocked ? 'locked' : (lockMessage?.kind ?? 'local_only')}`} role="status" data-testid="server-lock">
            {row.serverLockedAt || serverLocked
              ? t('serverLock.locked')
              : lockMessage?.kind === 'failed'
                ? t('serverLock.failed', { reason: t(`sync:serverErrors.${lockMessage.code}`) })
                : t(canLockOnServer ? 'serverLock.notYet' : 'serverLock.localOnly')}
            {!row.serverLockedAt && !serverLocked && canLockOnServer && (
              <button className="link" onClick={() => void lockRemotely(row.notificationId, row.committeeId).then((at) => at && change(row, { serverLockedAt: at }))}>
                {t('serverLock.retry')}
              </button>
            )}
          </p>
        )}
        {row ? (
          row.compiled.length === 0 ? (
            <p className="compile-message">{t('noComments')}</p>
          ) : (
            <CompileView
              symbol={notification.id}
              position={row}
              sources={sources}
              onChange={onChange}
              lockedOnServer={serverLocked}
              onShowPassage={(comment) => navigate({ name: 'review', notificationId, commentId: comment.id })}
            />
          )
        ) : (
          <p className="compile-message">{t('loading')}</p>
        )}
      </div>
    </div>
  );
}
