import { useTranslation } from 'react-i18next';
import { daysLeft } from '../../shared/domain/deadline';
import { localToday } from '../lib/localToday';

/** "12 days left" / "Due today" / "Closed 3 days ago", coloured by urgency. */
export function DeadlineBadge({ date }: { date: string }) {
  const { t } = useTranslation('review');
  const days = daysLeft(date, localToday());
  const tone = days < 0 ? 'closed' : days <= 7 ? 'urgent' : 'open';
  const label = days < 0 ? t('data.closed', { count: -days }) : days === 0 ? t('data.dueToday') : t('data.daysLeft', { count: days });
  return (
    <span className={`deadline deadline-${tone}`} data-testid="days-left">
      {label}
    </span>
  );
}
