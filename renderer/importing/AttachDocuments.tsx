// Attach notified texts (PDF) to a notification: by file dialog or drag and drop. Embedded in the
// review workspace with a fixed notification, and on the import screen with a symbol field.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSymbol } from '../../shared/domain/symbol';
import { attachNotifiedDocument, PdfFileError } from '../db/files';
import { db } from '../db/schema';
import { formatDate } from '../i18n';
import { FileDrop } from '../ui/FileDrop';
import './importing.css';

type Status = { kind: 'idle' } | { kind: 'adding'; fileName: string } | { kind: 'added'; fileName: string } | { kind: 'error'; message: string };

export function AttachDocuments({ notificationId }: { notificationId?: string }) {
  const { t } = useTranslation('importing');
  const fieldId = useId();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const parsed = parseSymbol(typed);
  const typedId = parsed.ok ? parsed.symbol.symbol : typed.trim();
  const targetId = notificationId ?? typedId;
  const exists = useLiveQuery(async () => (targetId ? (await db.notifications.where('id').equals(targetId).count()) > 0 : false), [targetId]);
  const documents = useLiveQuery(() => (targetId ? db.documents.where('notificationId').equals(targetId).sortBy('addedAt') : []), [targetId]);

  const addFiles = async (files: File[]) => {
    for (const file of files) {
      setStatus({ kind: 'adding', fileName: file.name });
      try {
        await attachNotifiedDocument(db, targetId, { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
        setStatus({ kind: 'added', fileName: file.name });
      } catch (error) {
        const message =
          error instanceof PdfFileError ? t(`pdfErrors.${error.code}`, { fileName: error.fileName }) : t('errors.unexpected', { message: String(error) });
        setStatus({ kind: 'error', message });
        return;
      }
    }
  };

  const ready = Boolean(targetId) && exists === true;
  return (
    <div className="attach-documents" data-testid="attach-documents">
      {notificationId === undefined && (
        <label className="field" htmlFor={fieldId}>
          {t('attach.chooseNotification')}
          <input
            id={fieldId}
            value={typed}
            placeholder={t('attach.chooseNotificationPlaceholder')}
            onChange={(event) => setTyped(event.target.value)}
            data-testid="attach-symbol"
          />
          {typedId && exists === false && <span className="attach-status error">{t('attach.unknownNotification', { symbol: typedId })}</span>}
        </label>
      )}
      {ready && (
        <>
          {documents && documents.length > 0 ? (
            <ul className="documents" data-testid="attached-documents">
              {documents.map((d) => (
                <li key={d.id}>
                  {d.fileName} · {d.pageCount > 0 ? t('attach.pages', { count: d.pageCount }) : t('attach.pagesUnknown')} · {formatDate(d.addedAt)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('attach.none')}</p>
          )}
          <FileDrop
            accept=".pdf,application/pdf"
            multiple
            disabled={status.kind === 'adding'}
            buttonLabel={t('attach.choosePdf')}
            hint={t('attach.dropPdf')}
            testId="attach-file"
            onFiles={(files) => void addFiles(files)}
          />
        </>
      )}
      {status.kind !== 'idle' && (
        <p className={status.kind === 'error' ? 'attach-status error' : 'attach-status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'error' ? status.message : t(status.kind === 'adding' ? 'attach.adding' : 'attach.added', { fileName: status.fileName })}
        </p>
      )}
    </div>
  );
}
