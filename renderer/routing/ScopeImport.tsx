// The admin imports committee scopes from a spreadsheet: a check first (dry run), then the import;
// every bad row is listed in the user's language and nothing changes until the file is clean.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/schema';
import type { ServerErrorCode } from '../sync/serverCall';
import type { ScopeImportAnswer } from '../../shared/sync/admin';
import { importScopes, refreshScopes } from './calls';

type Outcome = { kind: 'done'; answer: ScopeImportAnswer } | { kind: 'failed'; code: ServerErrorCode };

export function ScopeImport() {
  const { t, i18n } = useTranslation(['routing', 'sync']);
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    const result = await importScopes(db, new Uint8Array(await file.arrayBuffer()), file.name, dryRun);
    if (result.kind === 'ok' && !dryRun && !result.value.problems.length) await refreshScopes(db);
    setBusy(false);
    setOutcome(result.kind === 'ok' ? { kind: 'done', answer: result.value } : { kind: 'failed', code: result.kind === 'failed' ? result.code : 'session_expired' });
  };

  const answer = outcome?.kind === 'done' ? outcome.answer : null;
  return (
    <section className="routing-import">
      <p className="routing-meta">{t('import.explain')}</p>
      <label>
        {t('import.file')}
        <input
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setOutcome(null);
          }}
          data-testid="scope-import-file"
        />
      </label>
      <div className="routing-toolbar">
        <button onClick={() => void run(true)} disabled={!file || busy} data-testid="scope-import-check">
          {t('import.check')}
        </button>
        <button className="primary" onClick={() => void run(false)} disabled={!file || busy} data-testid="scope-import-apply">
          {t('import.apply')}
        </button>
      </div>
      {outcome?.kind === 'failed' && <p className="routing-error">{t(`sync:serverErrors.${outcome.code}`)}</p>}
      {answer && answer.problems.length === 0 && (
        <p role="status" data-testid="scope-import-result">
          {t('import.result', answer)} {answer.dryRun && t('import.checked')}
        </p>
      )}
      {answer && answer.problems.length > 0 && (
        <div className="routing-error" data-testid="scope-import-problems">
          <p>{t('import.problems', { count: answer.problems.length })}</p>
          <ul>
            {answer.problems.map((p, i) => (
              <li key={i}>
                {t('import.row', { row: p.row, column: p.column, message: i18n.language === 'zh-CN' ? p.message.zh : p.message.en })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
