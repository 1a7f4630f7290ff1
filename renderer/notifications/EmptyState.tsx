import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../lib/route';
import { db } from '../db/schema';

/** What a first-time user sees: what the app is for, and two ways to get notifications in. */
export function EmptyState() {
  const { t } = useTranslation('notifications');
  const navigate = useRoute((s) => s.navigate);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadDemo() {
    setLoading(true);
    setError(null);
    try {
      const { loadDemoData } = await import('../demo');
      await loadDemoData(db);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="nl-empty" data-testid="notifications-empty">
      <h1>{t('empty.title')}</h1>
      <p>{t('empty.lead')}</p>
      <div className="nl-empty-actions">
        <button className="primary" onClick={() => void loadDemo()} disabled={loading} data-testid="load-demo">
          {loading ? t('empty.loadingDemo') : t('empty.loadDemo')}
        </button>
        <button onClick={() => navigate({ name: 'import' })} data-testid="go-import">
          {t('empty.import')}
        </button>
      </div>
      {error && (
        <p className="error-box" role="alert">
          {t('empty.demoFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
