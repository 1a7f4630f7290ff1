// The header's sync state, next to the network state: one short phrase and the counts that need
// attention; it opens the sync screen.
import { useTranslation } from 'react-i18next';
import { useRoute } from '../lib/route';
import { formatDateTime, useSyncCounts, useSyncStatus } from './syncHooks';
import './sync.css';

export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const navigate = useRoute((s) => s.navigate);
  const status = useSyncStatus();
  const { waiting, conflicts, refused } = useSyncCounts();
  const busy = status.phase === 'pushing' || status.phase === 'pulling' || status.phase === 'downloading';
  let label: string;
  let tone: 'ok' | 'muted' | 'warn';
  // Offline is shown by the network state beside it; here, when the last sync was.
  if (!status.signedIn) [label, tone] = [t('indicator.signedOut'), 'muted'];
  else if (busy) [label, tone] = [t('indicator.syncing'), 'ok'];
  else if (status.error && status.online) [label, tone] = [t('indicator.error'), 'warn'];
  // A refused change waits for the user: never let it read as "Synced".
  else if (refused > 0 || conflicts > 0) [label, tone] = [t('indicator.needsYou'), 'warn'];
  else if (status.lastSyncAt) [label, tone] = [t('indicator.synced', { time: formatDateTime(status.lastSyncAt) }), status.online ? 'ok' : 'muted'];
  else [label, tone] = [t('indicator.neverSynced'), 'muted'];
  return (
    <button type="button" className={`sync-indicator sync-${tone}`} data-testid="sync-indicator" data-phase={status.phase} data-tone={tone} data-last-sync={status.lastSyncAt ?? ''} title={t('indicator.title')} onClick={() => navigate({ name: 'sync' })}>
      <span data-testid="sync-label">{label}</span>
      {waiting > 0 && <span className="sync-badge">{t('indicator.waiting', { count: waiting })}</span>}
      {conflicts > 0 && <span className="sync-badge sync-badge-warn">{t('indicator.conflicts', { count: conflicts })}</span>}
      {refused > 0 && (
        <span className="sync-badge sync-badge-warn" data-testid="sync-refused">
          {t('indicator.refused', { count: refused })}
        </span>
      )}
    </button>
  );
}
