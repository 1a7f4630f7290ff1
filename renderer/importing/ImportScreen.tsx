import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../shared/import/issues';
import { formatNumber } from '../i18n';
import { AttachDocuments } from './AttachDocuments';
import { FileDrop } from '../ui/FileDrop';
import { runImport, type ImportPhase, type ImportRun } from './runImport';
import { useNotificationCount } from './useNotificationCount';
import '../ui/formScreen.css';
import './importing.css';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; fileName: string; progress: ImportPhase }
  | { kind: 'done'; fileName: string; run: Extract<ImportRun, { ok: true }> }
  | { kind: 'failed'; fileName: string; issues: ImportIssue[]; message?: string };

const SHOWN_ISSUES = 10;

export function ImportScreen() {
  const { t } = useTranslation('importing');
  const count = useNotificationCount();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const start = async (file: File) => {
    setState({ kind: 'working', fileName: file.name, progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const run = await runImport(file, (progress) => setState({ kind: 'working', fileName: file.name, progress }));
      setState(run.ok ? { kind: 'done', fileName: file.name, run } : { kind: 'failed', fileName: file.name, issues: run.issues });
    } catch (error) {
      setState({ kind: 'failed', fileName: file.name, issues: [], message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="form-screen" data-testid="screen-import">
      <h1>{t('title')}</h1>
      <section>
        <p className="muted">{t('intro')}</p>
        <p data-testid="store-count">{count === undefined ? '' : t('storeCount', { count, formatted: formatNumber(count) })}</p>
        <FileDrop
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={state.kind === 'working'}
          buttonLabel={t('chooseFile')}
          hint={t('dropHere')}
          testId="import-file"
          onFiles={([file]) => void start(file!)}
        />
        <p className="muted">{t('spsNote')}</p>
      </section>
      {state.kind === 'working' && <Progress fileName={state.fileName} progress={state.progress} />}
      {state.kind === 'done' && <Summary fileName={state.fileName} run={state.run} />}
      {state.kind === 'failed' && <Errors fileName={state.fileName} issues={state.issues} message={state.message} />}
      <section>
        <h2>{t('attach.title')}</h2>
        <AttachDocuments />
      </section>
    </div>
  );
}

function Progress({ fileName, progress }: { fileName: string; progress: ImportPhase }) {
  const { t } = useTranslation('importing');
  const label =
    progress.phase === 'reading'
      ? t('reading', { fileName })
      : t(progress.phase === 'mapping' ? 'mapping' : 'saving', { done: formatNumber(progress.done), total: formatNumber(progress.total) });
  return (
    <section className="import-progress" aria-live="polite" data-testid="import-progress">
      <span>{label}</span>
      {progress.total > 0 ? (
        <progress aria-label={t('progressLabel')} max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label={t('progressLabel')} />
      )}
    </section>
  );
}

function Summary({ fileName, run }: { fileName: string; run: Extract<ImportRun, { ok: true }> }) {
  const { t } = useTranslation('importing');
  const rows: [key: string, value: number][] = [
    ['rows', run.stats.rows],
    ['created', run.outcome.created],
    ['updated', run.outcome.updated],
    ['unchanged', run.outcome.unchanged],
    ['tbt', run.stats.tbt],
    ['sps', run.stats.sps],
    ['followUps', run.stats.followUps],
    ['followUpsLinked', run.outcome.followUpsLinked],
    ['withoutFinalDate', run.stats.withoutFinalDate],
  ];
  return (
    <section className="import-summary" role="status" data-testid="import-summary">
      <h2>{t('summaryTitle', { fileName })}</h2>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t(`summary.${key}`)}</dt>
            <dd data-testid={`summary-${key}`} data-value={value}>
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Errors({ fileName, issues, message }: { fileName: string; issues: ImportIssue[]; message?: string }) {
  const { t } = useTranslation('importing');
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <section className="import-errors error-box" role="alert" data-testid="import-error">
      <strong>{t('errorTitle', { fileName })}</strong>
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>{t(`errors.${issue.code}`, { row: issue.row, column: issue.column, value: issue.value })}</li>
        ))}
        {message !== undefined && <li>{t('errors.unexpected', { message })}</li>}
      </ul>
      {issues.length > shown.length && <p>{t('moreErrors', { count: issues.length - shown.length })}</p>}
    </section>
  );
}
