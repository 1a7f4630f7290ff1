import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/coalescingWriter';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="save-state">
      {t(`saveState.${state}`)}
    </span>
  );
}
