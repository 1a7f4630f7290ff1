// The admin assigns the week's new notifications: each unassigned notification with its best
// committees and why, one action to accept a suggestion, one to accept every top suggestion.
// Accepting is the ordinary assignment (POST /admin/assignments): the committee pulls it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/schema';
import { localToday } from '../lib/localToday';
import { appEngine } from '../sync/appEngine';
import type { ServerErrorCode } from '../sync/serverCall';
import type { RoutedSuggestion, RoutingSuggestionsResponse } from '../../shared/sync/admin';
import { acceptSuggestion, fetchSuggestions } from './calls';
import { expertText, reasonText } from './reasons';

type Row = RoutingSuggestionsResponse['notifications'][number];
type Load = { kind: 'loading' } | { kind: 'ok'; rows: Row[] } | { kind: 'failed'; code: ServerErrorCode } | { kind: 'not_signed_in' };

const WEEK_MS = 7 * 86_400_000;

export function AssignWeek() {
  const { t } = useTranslation(['routing', 'sync']);
  const [since, setSince] = useState(() => localToday(new Date(Date.now() - WEEK_MS)));
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  /** Notification id → the committee code it was assigned to here. */
  const [assigned, setAssigned] = useState<Map<string, string>>(new Map());
  const [failures, setFailures] = useState<Map<string, ServerErrorCode>>(new Map());
  const [busy, setBusy] = useState(false);
  const [allDone, setAllDone] = useState<{ done: number; total: number } | null>(null);

  const refresh = useCallback(async () => {
    setLoad({ kind: 'loading' });
    setAssigned(new Map());
    setFailures(new Map());
    setAllDone(null);
    const result = await fetchSuggestions(db, since);
    setLoad(result.kind === 'ok' ? { kind: 'ok', rows: result.value.notifications } : result.kind === 'failed' ? { kind: 'failed', code: result.code } : { kind: 'not_signed_in' });
  }, [since]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const accept = async (row: Row, suggestion: RoutedSuggestion): Promise<boolean> => {
    const result = await acceptSuggestion(db, row.id, suggestion.committeeId);
    if (result.kind === 'ok') {
      setAssigned((m) => new Map(m).set(row.id, suggestion.committeeCode));
      return true;
    }
    setFailures((m) => new Map(m).set(row.id, result.kind === 'failed' ? result.code : 'session_expired'));
    return false;
  };

  const acceptOne = async (row: Row, suggestion: RoutedSuggestion) => {
    setBusy(true);
    await accept(row, suggestion);
    setBusy(false);
    void appEngine().requestSync();
  };

  const acceptAll = async (rows: Row[]) => {
    setBusy(true);
    const open = rows.filter((r) => !assigned.has(r.id) && r.suggestions.length > 0);
    let done = 0;
    for (const row of open) if (await accept(row, row.suggestions[0]!)) done++;
    setAllDone({ done, total: open.length });
    setBusy(false);
    void appEngine().requestSync();
  };

  return (
    <section className="routing-assign">
      <div className="routing-toolbar">
        <label>
          {t('since')}
          <input type="date" value={since} onChange={(e) => e.target.value && setSince(e.target.value)} data-testid="routing-since" />
        </label>
        <button onClick={() => void refresh()} disabled={busy}>
          {t('refresh')}
        </button>
        {load.kind === 'ok' && <span className="routing-count">{t('count', { count: load.rows.length })}</span>}
        <span className="spacer" />
        {load.kind === 'ok' && load.rows.length > 0 && (
          <button className="primary" onClick={() => void acceptAll(load.rows)} disabled={busy || load.rows.every((r) => assigned.has(r.id) || !r.suggestions.length)} data-testid="routing-accept-all">
            {t('acceptAll')}
          </button>
        )}
      </div>
      {allDone && (
        <p className="routing-done" role="status" data-testid="routing-accept-all-done">
          {t('acceptAllDone', allDone)}
        </p>
      )}
      {load.kind === 'loading' && <p>{t('loading')}</p>}
      {load.kind === 'not_signed_in' && <p className="routing-error">{t('notSignedIn')}</p>}
      {load.kind === 'failed' && <p className="routing-error">{t(`sync:serverErrors.${load.code}`)}</p>}
      {load.kind === 'ok' && load.rows.length === 0 && <p>{t('none')}</p>}
      {load.kind === 'ok' && load.rows.length > 0 && (
        <table className="routing-table">
          <thead>
            <tr>
              <th>{t('columns.notification')}</th>
              <th>{t('columns.suggestions')}</th>
            </tr>
          </thead>
          <tbody>
            {load.rows.map((row) => (
              <tr key={row.id} data-testid="routing-row" data-notification={row.id}>
                <td className="routing-notification">
                  <strong>{row.id}</strong>
                  <div>{row.title}</div>
                  <div className="routing-meta">
                    {row.memberCode} · {row.distributionDate ?? ''}
                  </div>
                  {assigned.has(row.id) && (
                    <div className="routing-assigned" data-testid="routing-assigned">
                      {t('assigned', { code: assigned.get(row.id) })}
                    </div>
                  )}
                  {failures.has(row.id) && <div className="routing-error">{t(`sync:serverErrors.${failures.get(row.id)}`)}</div>}
                </td>
                <td>
                  {row.suggestions.length === 0 && <span className="routing-meta">{t('noSuggestion')}</span>}
                  <ol className="routing-suggestions">
                    {row.suggestions.map((s, i) => (
                      <li key={s.committeeId} className="routing-suggestion" data-testid="routing-suggestion" aria-label={t('rank', { rank: i + 1 })}>
                        <div className="routing-suggestion-head">
                          <strong>{s.committeeCode}</strong> <span>{s.committeeName}</span>
                          <span className="spacer" />
                          <button onClick={() => void acceptOne(row, s)} disabled={busy || assigned.has(row.id)} data-testid="routing-accept">
                            {t('accept', { code: s.committeeCode })}
                          </button>
                        </div>
                        <ul className="routing-reasons" data-testid="routing-reasons">
                          {s.reasons.map((r, j) => (
                            <li key={j}>{reasonText(t, r)}</li>
                          ))}
                          {s.experts.slice(0, 2).map((e) => (
                            <li key={e.expertId}>{expertText(t, e)}</li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
