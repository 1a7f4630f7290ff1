import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/coalescingWriter';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation('review');
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="save-state">
      {t(`save.${state}`)}
    </span>
  );
}
