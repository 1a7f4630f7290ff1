// The sync screen: sign in, or see the state of syncing (network, last sync, changes waiting,
// errors in plain words), the changes the server refused, and the conflicts to resolve.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import { formatNumber } from '../i18n';
import { useRoute } from '../lib/route';
import { appEngine } from './appEngine';
import { formatDateTime, useSyncCounts, useSyncStatus } from './syncHooks';
import { ConflictView } from './ConflictView';
import { SignInForm } from './SignInForm';
import { getState } from './syncState';
import { dismissRejection } from './rejections';
import './sync.css';

export function SyncScreen({ conflictId }: { conflictId?: string }) {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  if (conflictId && status.signedIn) return <ConflictView commentId={conflictId} />;
  return (
    <div className="sync-screen" data-testid="sync-screen">
      <h1>{t('title')}</h1>
      {!status.signedIn ? (
        <>
          {status.error && (
            <p className="error-box" role="alert" data-testid="sync-error">
              {t(`errors.${status.error}`)}
            </p>
          )}
          <SignInForm serverUrl={status.session?.serverUrl} username={status.session?.user.username} />
          <Waiting />
        </>
      ) : (
        <>
          <StatusPanel />
          <ConflictList />
          <Rejections />
        </>
      )}
    </div>
  );
}

/** Shown while signed out: what is kept here until the next sign-in. */
function Waiting() {
  const { t } = useTranslation('sync');
  const { waiting } = useSyncCounts();
  if (waiting === 0) return null;
  return (
    <p className="muted" data-testid="waiting-signed-out">
      {t('status.waitingCount', { count: formatNumber(waiting) })} {t('status.signedOutNote')}
    </p>
  );
}

function StatusPanel() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const { waiting, conflicts } = useSyncCounts();
  const session = status.session!;
  const received = useLiveQuery(() => db.remoteComments.count(), [], 0);
  const download = status.download;
  return (
    <section className="sync-card" data-testid="sync-status">
      <h2>{t('status.title')}</h2>
      <p>
        {t('status.signedInAs', { name: session.user.displayName, server: session.serverUrl })}
        <br />
        <span className="muted">
          {t('status.role', { role: t(`status.roles.${session.user.role}`) })} ·{' '}
          {session.user.committees.length ? t('status.committees', { list: session.user.committees.map((c) => `${c.code} ${c.name}`).join(', ') }) : t('status.noCommittees')}
        </span>
        {session.user.role !== 'reviewer' && (
          <>
            <br />
            <span className="muted" data-testid="sync-received">
              {t('status.received', { count: received })}
            </span>
          </>
        )}
      </p>
      <dl className="sync-facts">
        <dt>{t('status.network')}</dt>
        <dd data-testid="sync-network">{status.online ? t('status.online') : t('status.offline')}</dd>
        <dt>{t('status.state')}</dt>
        <dd data-testid="sync-phase">
          {t(`status.phases.${status.phase}`)}
          {status.retryAt && status.phase === 'retrying' && <span className="muted"> · {t('status.retryAt', { time: formatDateTime(status.retryAt) })}</span>}
        </dd>
        <dt>{t('status.lastSync')}</dt>
        <dd data-testid="sync-last">{status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('status.never')}</dd>
        <dt>{t('status.waiting')}</dt>
        <dd data-testid="sync-waiting">{formatNumber(waiting)}</dd>
        <dt>{t('status.conflicts')}</dt>
        <dd>{formatNumber(conflicts)}</dd>
      </dl>
      {download && (
        <div className="sync-download">
          <progress max={download.total || 1} value={download.received} />
          <span>
            {t('status.download', {
              file: download.fileName,
              index: download.index,
              count: download.count,
              received: formatNumber(Math.round(download.received / 1024)),
              total: formatNumber(Math.round(download.total / 1024)),
            })}
          </span>
        </div>
      )}
      {status.error && (
        <p className="error-box" role="alert" data-testid="sync-error">
          {t(`errors.${status.error}`)}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => void appEngine().syncNow()} disabled={!status.online}>
          {t('status.syncNow')}
        </button>
        <button type="button" onClick={() => void appEngine().signOut()}>
          {t('status.signOut')}
        </button>
      </div>
      <p className="muted">{t('status.signedOutNote')}</p>
    </section>
  );
}

function ConflictList() {
  const { t } = useTranslation('sync');
  const navigate = useRoute((s) => s.navigate);
  const conflicts = useLiveQuery(() => db.conflicts.orderBy('commentId').toArray(), [], []);
  return (
    <section className="sync-card" data-testid="conflict-list">
      <h2>{t('conflicts.title')}</h2>
      {conflicts.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('conflicts.explain')}</p>
          <ul className="sync-list">
            {conflicts.map((c) => (
              <li key={c.commentId}>
                <span>
                  <strong>{c.notificationId}</strong> · {(c.mine ?? c.server.comment).clause || '—'} · {excerpt(c.mine?.commentZh || c.mine?.commentEn || c.server.comment.commentZh || c.server.comment.commentEn)}
                </span>
                <button type="button" onClick={() => navigate({ name: 'sync', conflictId: c.commentId })}>
                  {t('conflicts.open')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Rejections() {
  const { t } = useTranslation('sync');
  const rejections = useLiveQuery(() => getState(db, 'rejections'), [], undefined);
  const comments = useLiveQuery(() => db.comments.bulkGet((rejections ?? []).map((r) => r.commentId)), [rejections], []);
  if (!rejections?.length) return null;
  return (
    <section className="sync-card" data-testid="rejections">
      <h2>{t('rejections.title')}</h2>
      <p className="muted">{t('rejections.explain')}</p>
      <ul className="sync-list">
        {rejections.map((r, i) => (
          <li key={`${r.commentId}-${r.at}`}>
            <span>
              {t('rejections.commentAt', {
                notification: comments[i]?.notificationId ?? t('rejections.unknownNotification'),
                at: formatDateTime(r.at),
                reason: t(`rejections.reasons.${r.reason}`),
              })}{' '}
              {t(`rejections.advice.${r.reason}`)}
            </span>
            <button type="button" title={t('rejections.dismissTitle')} onClick={() => void dismissRejection(db, r.commentId)}>
              {t('rejections.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
