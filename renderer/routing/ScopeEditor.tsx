// The admin edits one committee's scope: ICS codes, HS chapters and headings, keywords in Chinese
// and English. Entries are checked here with the rule the server applies (shared/routing/scope.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import type { ServerErrorCode } from '../sync/serverCall';
import { checkScope, scopeEntries, type ScopeField, type ScopeProblem } from '../../shared/routing/scope';
import { refreshScopes, saveScope } from './calls';

const FIELDS: ScopeField[] = ['ics', 'hs', 'keywordsZh', 'keywordsEn'];
type Draft = Record<ScopeField, string>;
type Message = { kind: 'saved' } | { kind: 'failed'; code: ServerErrorCode } | { kind: 'invalid'; problems: ScopeProblem[] } | { kind: 'offline' };

export function ScopeEditor() {
  const { t } = useTranslation(['routing', 'sync']);
  const scopes = useLiveQuery(() => db.committeeScopes.orderBy('committeeCode').toArray(), []);
  const [committeeId, setCommitteeId] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refreshScopes(db).then((result) => {
      if (result.kind !== 'ok') setMessage({ kind: 'offline' });
    });
  }, []);

  const chosen = scopes?.find((s) => s.committeeId === committeeId);
  const current: Draft | null = draft ?? (chosen ? { ics: chosen.ics.join('\n'), hs: chosen.hs.join('\n'), keywordsZh: chosen.keywordsZh.join('\n'), keywordsEn: chosen.keywordsEn.join('\n') } : null);

  const save = async () => {
    if (!current) return;
    const { scope, problems } = checkScope({ ics: scopeEntries(current.ics), hs: scopeEntries(current.hs), keywordsZh: scopeEntries(current.keywordsZh), keywordsEn: scopeEntries(current.keywordsEn) });
    if (problems.length) return setMessage({ kind: 'invalid', problems });
    setBusy(true);
    const result = await saveScope(db, committeeId, scope);
    setBusy(false);
    if (result.kind === 'ok') {
      setDraft(null);
      setMessage({ kind: 'saved' });
    } else setMessage({ kind: 'failed', code: result.kind === 'failed' ? result.code : 'session_expired' });
  };

  return (
    <section className="routing-scope">
      <label>
        {t('scope.committee')}
        <select
          value={committeeId}
          onChange={(e) => {
            setCommitteeId(e.target.value);
            setDraft(null);
            setMessage(null);
          }}
          data-testid="scope-committee"
        >
          <option value="">{t('scope.choose')}</option>
          {(scopes ?? []).map((s) => (
            <option key={s.committeeId} value={s.committeeId}>
              {s.committeeCode} · {s.committeeName}
            </option>
          ))}
        </select>
      </label>
      {current && (
        <>
          <p className="routing-meta">{t('scope.hint')}</p>
          <div className="routing-scope-fields">
            {FIELDS.map((field) => (
              <label key={field}>
                {t(`scope.${field}`)}
                <textarea rows={5} value={current[field]} onChange={(e) => setDraft({ ...current, [field]: e.target.value })} data-testid={`scope-${field}`} />
              </label>
            ))}
          </div>
          <button className="primary" onClick={() => void save()} disabled={busy} data-testid="scope-save">
            {t('scope.save')}
          </button>
        </>
      )}
      {message?.kind === 'saved' && <p role="status">{t('scope.saved')}</p>}
      {message?.kind === 'offline' && <p className="routing-meta">{t('scope.offline')}</p>}
      {message?.kind === 'failed' && <p className="routing-error">{t(`sync:serverErrors.${message.code}`)}</p>}
      {message?.kind === 'invalid' && (
        <ul className="routing-error" data-testid="scope-problems">
          {message.problems.map((p, i) => (
            <li key={i}>{t(`scope.invalid.${p.problem}`, { value: p.value })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
