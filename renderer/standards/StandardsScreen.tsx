import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addStandardText, PdfFileError } from '../db/files';
import { db } from '../db/schema';
import { formatDate, formatNumber } from '../i18n';
import { FileDrop } from '../ui/FileDrop';
import '../ui/formScreen.css';
import './standards.css';

type Status = { kind: 'idle' } | { kind: 'adding' | 'added'; identifier: string } | { kind: 'error'; message: string };

export function StandardsScreen() {
  const { t } = useTranslation('standards');
  const standards = useLiveQuery(() => db.standards.orderBy('identifier').toArray(), []);
  const [identifier, setIdentifier] = useState('');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!identifier.trim()) return setStatus({ kind: 'error', message: t('errors.missing_identifier') });
    if (!file) return setStatus({ kind: 'error', message: t('errors.missing_file') });
    setStatus({ kind: 'adding', identifier });
    try {
      const added = await addStandardText(db, { identifier, title }, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
      setStatus({ kind: 'added', identifier: added.identifier });
      setIdentifier('');
      setTitle('');
      setFile(null);
    } catch (error) {
      setStatus({
        kind: 'error',
        message: error instanceof PdfFileError ? t(`errors.${error.code}`, { fileName: error.fileName }) : t('errors.unexpected', { message: String(error) }),
      });
    }
  };

  return (
    <div className="form-screen standards-screen" data-testid="screen-standards">
      <h1>{t('title')}</h1>
      <section>
        <p className="muted">{t('intro')}</p>
        {standards && standards.length > 0 ? (
          <>
            <p>{t('count', { count: standards.length, formatted: formatNumber(standards.length) })}</p>
            <table className="standards-table" data-testid="standards-table">
              <thead>
                <tr>
                  <th>{t('columns.identifier')}</th>
                  <th>{t('columns.title')}</th>
                  <th>{t('columns.file')}</th>
                  <th>{t('columns.pages')}</th>
                  <th>{t('columns.added')}</th>
                </tr>
              </thead>
              <tbody>
                {standards.map((s) => (
                  <tr key={s.id}>
                    <td>{s.identifier}</td>
                    <td>{s.title}</td>
                    <td>{s.fileName}</td>
                    <td className="num">{s.pageCount > 0 ? formatNumber(s.pageCount) : t('pagesUnknown')}</td>
                    <td>{formatDate(s.addedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          standards && <p>{t('empty')}</p>
        )}
      </section>
      <section>
        <h2>{t('addTitle')}</h2>
        <form className="standard-form" onSubmit={(event) => void submit(event)}>
          <label>
            {t('identifier')}
            <input value={identifier} placeholder={t('identifierPlaceholder')} onChange={(e) => setIdentifier(e.target.value)} data-testid="standard-identifier" />
          </label>
          <label>
            {t('standardTitle')}
            <input value={title} placeholder={t('standardTitlePlaceholder')} onChange={(e) => setTitle(e.target.value)} data-testid="standard-title" />
          </label>
          <div className="field">
            <span>{t('file')}</span>
            <FileDrop accept=".pdf,application/pdf" buttonLabel={t('chooseFile')} hint={file ? file.name : t('dropHere')} testId="standard-file" onFiles={([f]) => setFile(f ?? null)} />
          </div>
          <div>
            <button type="submit" className="primary" disabled={status.kind === 'adding'} data-testid="standard-add">
              {t('add')}
            </button>
          </div>
        </form>
        {status.kind !== 'idle' && (
          <p className={status.kind === 'error' ? 'attach-status error' : 'attach-status'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="standard-status">
            {status.kind === 'error' ? status.message : t(status.kind, { identifier: status.identifier })}
          </p>
        )}
      </section>
    </div>
  );
}
