import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import { desktop, saveBytes } from '../lib/desktop';
import { formatNumber } from '../i18n';
import { requestPersistentStorage } from '../lib/persistentStorage';
import { BACKUP_EXTENSION, BackupError, backupFileName, createBackup, previewRestore, restoreBackup, type BackupPreview } from './backup';
import './settings.css';

type Persistence = 'persisted' | 'notPersisted' | 'unknown';

function useStorageState() {
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const refresh = async () => {
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    setPersistence((await storage.persisted()) ? 'persisted' : 'notPersisted');
    const { usage = 0, quota = 0 } = (await storage.estimate?.()) ?? {};
    setEstimate({ usage, quota });
  };
  useEffect(() => {
    void refresh();
  }, []);
  return { persistence, estimate, refresh };
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const [version, setVersion] = useState<string | null>(null);
  const { persistence, estimate, refresh } = useStorageState();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ file: Blob; preview: BackupPreview } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void desktop?.appVersion().then(setVersion);
  }, []);
  const counts = useLiveQuery(async () => ({
    notifications: await db.notifications.count(),
    documents: await db.documents.count(),
    standards: await db.standards.count(),
    comments: await db.comments.count(),
  }));

  const explain = (e: unknown) => {
    const backupError = e instanceof BackupError ? e : new BackupError('restore_failed', String(e));
    setError(t(`backup.errors.${backupError.code}`, { detail: backupError.detail }));
  };

  async function backup() {
    setError(null);
    setStatus(t('backup.creating'));
    const blob = await createBackup(db);
    const saved = await saveBytes(backupFileName(), new Uint8Array(await blob.arrayBuffer()), [{ name: 'TBT Review Desk backup', extensions: [BACKUP_EXTENSION] }]);
    setStatus(saved ? t('backup.created') : null);
  }

  async function chooseRestoreFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setStatus(null);
    try {
      setPending({ file, preview: await previewRestore(db, file) });
    } catch (e) {
      explain(e);
    }
  }

  async function confirmRestore() {
    if (!pending) return;
    setStatus(t('backup.restoring'));
    try {
      await restoreBackup(db, pending.file);
      setStatus(t('backup.restored'));
    } catch (e) {
      setStatus(null);
      explain(e);
    }
    setPending(null);
  }

  const mb = (bytes: number) => formatNumber(Math.round(bytes / 1e5) / 10);
  return (
    <div className="settings" data-testid="screen-settings">
      <h1>{t('title')}</h1>
      <p className="muted">{version ? t('version', { version }) : t('browserBuild')}</p>

      <section>
        <h2>{t('storage.title')}</h2>
        {counts && <p data-testid="local-counts">{t('storage.counts', { ...counts })}</p>}
        <p data-testid="storage-persistence">{t(`storage.${persistence}`)}</p>
        {estimate && <p className="muted">{t('storage.usage', { used: mb(estimate.usage), quota: mb(estimate.quota) })}</p>}
        {persistence === 'notPersisted' && (
          <button onClick={() => void requestPersistentStorage().then(refresh)}>{t('storage.request')}</button>
        )}
      </section>

      <section>
        <h2>{t('backup.title')}</h2>
        <p>{t('backup.explain')}</p>
        <div className="row">
          <button className="primary" onClick={() => void backup()}>
            {t('backup.create')}
          </button>
          <button onClick={() => fileInput.current?.click()}>{t('backup.restore')}</button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept={`.${BACKUP_EXTENSION},.json`}
            data-testid="restore-file"
            onChange={(e) => {
              void chooseRestoreFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        {status && <p role="status">{status}</p>}
        {error && (
          <p className="error-box" role="alert">
            {error}
          </p>
        )}
        {pending && (
          <div className="restore-preview" data-testid="restore-preview">
            <h3>{t('backup.previewTitle')}</h3>
            <table>
              <thead>
                <tr>
                  <th>{t('backup.table')}</th>
                  <th>{t('backup.current')}</th>
                  <th>{t('backup.inBackup')}</th>
                </tr>
              </thead>
              <tbody>
                {pending.preview.tables.map((row) => (
                  <tr key={row.table}>
                    <td>{t(`backup.tables.${row.table}`, { defaultValue: row.table })}</td>
                    <td>{formatNumber(row.current)}</td>
                    <td>{formatNumber(row.backup)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="row">
              <button className="primary" onClick={() => void confirmRestore()}>
                {t('backup.confirm')}
              </button>
              <button onClick={() => setPending(null)}>{t('cancel', { ns: 'common' })}</button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
