// The notification's data: the 11 items of the WTO form and its symbol chain with the deadline in force.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeEntry, Notification } from '../../shared/domain/notification';
import { formatDate } from '../i18n';
import type { DeadlineInForce } from '../../shared/domain/deadline';
import { symbolChain } from '../../shared/domain/symbolChain';
import { NotificationLinks, notificationLinks } from './NotificationLinks';
import { DeadlineBadge } from './DeadlineBadge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nd-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Codes({ label, codes }: { label: string; codes: CodeEntry[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="nd-codes">
      {codes.map((c) => (
        <li key={`${label}${c.code}`}>
          <span className="nd-code">
            {label} {c.code}
          </span>{' '}
          {c.description}
        </li>
      ))}
    </ul>
  );
}

export function NotificationPanel({
  notification,
  related,
  deadline,
  onOpen,
}: {
  notification: Notification;
  related: Notification[];
  deadline: DeadlineInForce;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('review');
  const n = notification;
  const dash = <span className="muted">{t('data.notGiven')}</span>;
  const text = (value: string) => (value.trim() ? <span className="nd-text">{value}</span> : dash);
  // Item 5 gives pages as notified ("4", "4 pages", "4 p."): a count reads in the interface's language.
  const pagesText = (pages: string) => {
    const count = /^\s*(\d+)\s*(pages?|p\.|pp\.)?\s*$/i.exec(pages)?.[1];
    return count ? t('data.pages', { pages: count }) : pages.trim();
  };
  const date = (value: string) => (/^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(value) : value);

  return (
    <div className="nd" data-testid="notification-data">
      <section className="nd-chain" aria-label={t('data.chain')}>
        <h3>{t('data.chain')}</h3>
        <ol>
          {symbolChain(related).map(({ notification: item, depth }) => (
            <li key={item.id} style={{ paddingLeft: depth * 16 }} className={item.id === n.id ? 'current' : undefined}>
              <button className="link" onClick={() => onOpen(item.id)} disabled={item.id === n.id}>
                {item.id}
              </button>
              <span className="nd-chain-type">{t(`data.types.${item.type}`)}</span>
              {item.distributionDate && <span className="muted">{t('data.distributed', { date: formatDate(item.distributionDate) })}</span>}
              {item.finalDateForComments && (
                <span className={deadline.setBy === item.id ? 'nd-chain-date in-force' : 'nd-chain-date superseded'}>
                  {formatDate(item.finalDateForComments)}
                </span>
              )}
              {item.id === n.id && <span className="tag">{t('data.thisOne')}</span>}
            </li>
          ))}
        </ol>
        <div className="nd-in-force">
          {deadline.date ? (
            <>
              <strong>{t('data.inForceLabel')}</strong> {formatDate(deadline.date)} <DeadlineBadge date={deadline.date} />{' '}
              <span className="muted">{t('data.inForceSetBy', { symbol: deadline.setBy })}</span>
            </>
          ) : (
            <span className="muted">{t('data.noDeadline')}</span>
          )}
        </div>
      </section>
      <dl>
        <Item label={t('data.item1')}>{text(n.member)}</Item>
        <Item label={t('data.item2')}>{text(n.agency)}</Item>
        <Item label={t('data.item3')}>{text(n.notifiedUnder)}</Item>
        <Item label={t('data.item4')}>
          {n.products.trim() && <div className="nd-text">{n.products}</div>}
          <Codes label={t('data.hs')} codes={n.hsCodes} />
          <Codes label={t('data.ics')} codes={n.icsCodes} />
          {!n.products.trim() && n.hsCodes.length === 0 && n.icsCodes.length === 0 && dash}
        </Item>
        <Item label={t('data.item5')}>
          <div className="nd-title">{n.title || dash}</div>
          <div className="muted">{[pagesText(n.pages), n.languages].filter(Boolean).join(' · ')}</div>
        </Item>
        <Item label={t('data.item6')}>{text(n.description)}</Item>
        <Item label={t('data.item7')}>{n.objectives.length ? <ul className="nd-list">{n.objectives.map((o) => <li key={o}>{o}</li>)}</ul> : dash}</Item>
        <Item label={t('data.item8')}>{text(n.relevantDocuments)}</Item>
        <Item label={t('data.item9')}>
          <div>{t('data.adoption', { date: n.proposedAdoption ? date(n.proposedAdoption) : t('data.notGiven') })}</div>
          <div>{t('data.entryIntoForce', { date: n.proposedEntryIntoForce ? date(n.proposedEntryIntoForce) : t('data.notGiven') })}</div>
        </Item>
        <Item label={t('data.item10')}>
          {n.finalDateForComments ? (
            <>
              {formatDate(n.finalDateForComments)}
              {deadline.date && deadline.setBy !== n.id && <div className="muted">{t('data.inForceFrom', { date: formatDate(deadline.date), symbol: deadline.setBy })}</div>}
            </>
          ) : (
            dash
          )}
        </Item>
        <Item label={t('data.item11')}>{text(n.textsAvailableFrom)}</Item>
        {notificationLinks(n).length > 0 && (
          <Item label={t('data.links')}>
            <NotificationLinks notification={n} />
          </Item>
        )}
      </dl>
    </div>
  );
}
