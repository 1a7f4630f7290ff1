// The secretary's panel on the compile screen: which committee members review the notification
// (saved on the sync server, which tells the experts on their next pull) and each one's progress
// against the internal deadline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { expertProgress, type AuthoredComment } from '../../shared/compile/progress';
import type { CommitteeRef } from '../../shared/compile/types';
import { db } from '../db/schema';
import { formatDate } from '../i18n';
import { localToday } from '../lib/localToday';
import { loadSubmissionSettings } from '../db/submissionSettings';
import { appEngine } from '../sync/appEngine';
import type { ServerErrorCode } from '../sync/serverCall';
import { assignExperts, fetchMembers, type Member } from './experts';
import { suggestedExperts } from './suggestedExperts';

interface Props {
  notificationId: string;
  finalDate: string | null;
  committee: CommitteeRef;
  /** The signed-in secretary: their own drafts count for them. */
  user: { id: string };
}

type Message = { kind: 'saved' } | { kind: 'failed'; code: ServerErrorCode } | { kind: 'not_signed_in' };

async function authoredComments(notificationId: string, committeeId: string, userId: string): Promise<AuthoredComment[]> {
  const [pulled, own] = await Promise.all([
    db.remoteComments.where('notificationId').equals(notificationId).toArray(),
    db.comments.where('notificationId').equals(notificationId).toArray(),
  ]);
  const ownIds = new Set(own.map((c) => c.id));
  const fromServer = pulled
    .filter((r) => r.committeeId === committeeId && !r.server.withdrawn && !ownIds.has(r.id))
    .map((r) => ({ authorId: r.server.authorId, status: 'finished' as const }));
  return [...fromServer, ...own.map((c) => ({ authorId: userId, status: c.status }))];
}

export function ExpertsPanel({ notificationId, finalDate, committee, user }: Props) {
  const { t } = useTranslation('compile');
  const [members, setMembers] = useState<Member[] | null>(null);
  const [loadError, setLoadError] = useState<ServerErrorCode | 'not_signed_in' | null>(null);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const assignment = useLiveQuery(async () => (await db.assignments.get([notificationId, committee.id])) ?? null, [notificationId, committee.id]);
  const comments = useLiveQuery(() => authoredComments(notificationId, committee.id, user.id), [notificationId, committee.id, user.id]);
  const settings = useLiveQuery(() => loadSubmissionSettings(db), []);
  const suggested = useLiveQuery(async () => new Map((await suggestedExperts(db, notificationId, committee.id)).map((e) => [e.expertId, e.commentedOn])), [notificationId, committee.id]);

  useEffect(() => {
    let cancelled = false;
    void fetchMembers(db, committee.id).then((result) => {
      if (cancelled) return;
      if (result.kind === 'ok') setMembers(result.value);
      else setLoadError(result.kind === 'failed' ? result.code : 'not_signed_in');
    });
    return () => {
      cancelled = true;
    };
  }, [committee.id]);

  const assigned = new Set(assignment?.expertIds ?? []);
  const selection = chosen ?? assigned;
  const experts = (members ?? []).filter((m) => m.role === 'reviewer' || assigned.has(m.id));
  const isoFinalDate = finalDate && /^\d{4}-\d{2}-\d{2}$/.test(finalDate) ? finalDate : null;
  const report = expertProgress(experts.map((m) => ({ id: m.id, name: m.displayName })), comments ?? [], isoFinalDate, settings?.workingDays ?? 5, localToday());

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setMessage(null);
  };

  const save = async () => {
    const result = await assignExperts(db, notificationId, committee.id, [...selection]);
    if (result.kind === 'ok') {
      setMessage({ kind: 'saved' });
      setChosen(null);
      void appEngine().requestSync();
    } else setMessage(result.kind === 'failed' ? { kind: 'failed', code: result.code } : { kind: 'not_signed_in' });
  };

  return (
    <details className="compile-experts" data-testid="experts-panel" open>
      <summary>{t('experts.heading')}</summary>
      <p className="muted">
        {report.dueDate ? t('experts.due', { date: formatDate(report.dueDate) }) : t('experts.noDeadline')} {t('experts.draftsNote')}
      </p>
      {loadError !== null && <p className="error-box" role="alert">{t('experts.loadFailed', { reason: loadError === 'not_signed_in' ? t('experts.notSignedIn') : t(`sync:serverErrors.${loadError}`) })}</p>}
      {members === null && loadError === null && <p className="muted">{t('loading')}</p>}
      {members !== null && (
        <>
          {experts.length === 0 ? (
            <p className="muted">{t('experts.none')}</p>
          ) : (
            <table className="compile-experts-table">
              <thead>
                <tr>
                  <th>{t('experts.expert')}</th>
                  <th>{t('experts.assigned')}</th>
                  <th>{t('experts.finished')}</th>
                  <th>{t('experts.drafts')}</th>
                  <th>{t('experts.state')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.expert.id} data-testid="expert-row">
                    <td>
                      {row.expert.name}
                      {suggested?.has(row.expert.id) && (
                        <span className="expert-suggested" data-testid="expert-suggested">
                          {' '}
                          {t('experts.suggested', { count: suggested.get(row.expert.id) })}
                        </span>
                      )}
                    </td>
                    <td>
                      <input type="checkbox" aria-label={t('experts.assignOne', { name: row.expert.name })} checked={selection.has(row.expert.id)} onChange={(e) => toggle(row.expert.id, e.target.checked)} />
                    </td>
                    <td>{row.finished}</td>
                    <td>{row.expert.id === user.id ? row.drafts : '—'}</td>
                    <td className={`expert-state state-${row.state}`}>{t(`experts.states.${row.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted">{selection.size === 0 ? t('experts.wholeCommittee') : t('experts.chosenCount', { count: selection.size })}</p>
          <div className="compile-experts-actions">
            <button type="button" disabled={chosen === null} onClick={() => void save()}>
              {t('experts.save')}
            </button>
            {message && (
              <span role="status" data-testid="experts-message" className={message.kind === 'saved' ? '' : 'error-text'}>
                {message.kind === 'saved' ? t('experts.saved') : message.kind === 'failed' ? t('experts.saveFailed', { reason: t(`sync:serverErrors.${message.code}`) }) : t('experts.notSignedIn')}
              </span>
            )}
          </div>
        </>
      )}
    </details>
  );
}
