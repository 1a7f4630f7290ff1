// A change the server refused for good, shown on the comment itself: a chip in the comment list,
// and in the editor a notice with the reason and what the user can do.
import { useTranslation } from 'react-i18next';
import { db } from '../db/schema';
import { formatDateTime } from './syncHooks';
import { dismissRejection } from './rejections';
import type { Rejection } from './syncState';
import './sync.css';

export function RefusedChip({ rejection }: { rejection: Rejection }) {
  const { t } = useTranslation('sync');
  return (
    <span className="status-chip status-refused" data-testid="comment-refused" title={t(`rejections.reasons.${rejection.reason}`)}>
      {t('rejections.chip')}
    </span>
  );
}

export function RefusedNotice({ rejection }: { rejection: Rejection }) {
  const { t } = useTranslation('sync');
  return (
    <div className="refused-notice" role="alert" data-testid="comment-refused-notice">
      <p className="refused-title">
        <strong>{t('rejections.notAccepted')}</strong> <span className="muted">{t('rejections.when', { time: formatDateTime(rejection.at) })}</span>
      </p>
      <p data-testid="refused-reason">{t(`rejections.reasons.${rejection.reason}`)}</p>
      <p data-testid="refused-advice">{t(`rejections.advice.${rejection.reason}`)}</p>
      <button type="button" title={t('rejections.dismissTitle')} onClick={() => void dismissRejection(db, rejection.commentId)}>
        {t('rejections.dismiss')}
      </button>
    </div>
  );
}
