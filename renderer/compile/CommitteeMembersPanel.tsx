// The secretary's (or an admin's) panel for her committee's experts, saved on the sync server:
// the members, add an existing expert by username, create an expert account (its one-time
// activation code is shown once, to hand over), remove an expert.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeRef } from '../../shared/compile/types';
import { db } from '../db/schema';
import type { ServerCall } from '../sync/serverCall';
import { addExpert, createExpert, fetchMembers, removeExpert, type Member } from './experts';

type Notice = { kind: 'added' | 'removed' } | { kind: 'created'; username: string; code: string } | { kind: 'failed'; message: string };

const USERNAME = /^[a-z0-9_.-]{2,64}$/;

export function CommitteeMembersPanel({ committee }: { committee: CommitteeRef }) {
  const { t } = useTranslation('compile');
  const [members, setMembers] = useState<Member[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [username, setUsername] = useState('');
  const [newUsername, setNewUsername] = useState('');
  const [newName, setNewName] = useState('');

  const reload = useCallback(async () => {
    const result = await fetchMembers(db, committee.id);
    if (result.kind === 'ok') setMembers(result.value);
    else setNotice({ kind: 'failed', message: result.kind === 'failed' ? t(`sync:serverErrors.${result.code}`) : t('experts.notSignedIn') });
  }, [committee.id, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const after = async <T,>(result: ServerCall<T>, onOk: (value: T) => Notice) => {
    if (result.kind === 'ok') {
      setNotice(onOk(result.value));
      await reload();
    } else setNotice({ kind: 'failed', message: result.kind === 'failed' ? t(`sync:serverErrors.${result.code}`) : t('experts.notSignedIn') });
  };

  const add = async () => {
    await after(await addExpert(db, committee.id, username.trim().toLowerCase()), () => ({ kind: 'added' }));
    setUsername('');
  };
  const create = async () => {
    await after(await createExpert(db, committee.id, newUsername.trim().toLowerCase(), newName.trim()), (value) => ({ kind: 'created', username: value.username, code: value.activationCode }));
    setNewUsername('');
    setNewName('');
  };
  const remove = async (member: Member) => {
    if (!window.confirm(t('members.confirmRemove', { name: member.displayName }))) return;
    await after(await removeExpert(db, committee.id, member.id), () => ({ kind: 'removed' }));
  };

  const experts = (members ?? []).filter((m) => m.role === 'reviewer');
  const validNew = USERNAME.test(newUsername.trim().toLowerCase()) && newName.trim() !== '';

  return (
    <details className="compile-experts compile-members" data-testid="members-panel">
      <summary>{t('members.heading', { code: committee.code || committee.name })}</summary>
      {members === null && notice === null && <p className="muted">{t('loading')}</p>}
      {members !== null && (
        <>
          <p className="muted">{t('members.count', { count: experts.length })}</p>
          <ul className="compile-members-list">
            {experts.map((m) => (
              <li key={m.id} data-testid="member-row">
                <span>{m.displayName}</span>
                <button type="button" onClick={() => void remove(m)} aria-label={t('members.removeOne', { name: m.displayName })}>
                  {t('members.remove')}
                </button>
              </li>
            ))}
          </ul>
          <form
            className="compile-members-form"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <label>
              {t('members.username')} <input value={username} onChange={(e) => setUsername(e.target.value)} data-testid="member-add-username" />
            </label>
            <button type="submit" disabled={!USERNAME.test(username.trim().toLowerCase())}>
              {t('members.add')}
            </button>
          </form>
          <form
            className="compile-members-form"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label>
              {t('members.username')} <input value={newUsername} onChange={(e) => setNewUsername(e.target.value)} data-testid="member-new-username" />
            </label>
            <label>
              {t('members.displayName')} <input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="member-new-name" />
            </label>
            <button type="submit" disabled={!validNew}>
              {t('members.create')}
            </button>
          </form>
          <p className="muted">{t('members.usernameRule')}</p>
        </>
      )}
      {notice && (
        <p role="status" data-testid="members-notice" className={notice.kind === 'failed' ? 'error-box' : ''}>
          {notice.kind === 'created'
            ? t('members.created', { username: notice.username, code: notice.code })
            : notice.kind === 'failed'
              ? notice.message
              : t(`members.${notice.kind}`)}
        </p>
      )}
    </details>
  );
}
