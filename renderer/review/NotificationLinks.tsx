// The notification's web links (the notified documents and the ePing record). They open in the
// system browser: in the desktop app the shell's window-open handler hands http(s) links to it.
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../shared/domain/notification';

function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every distinct web link of the notification: the notified documents first. */
export function notificationLinks(n: Pick<Notification, 'notifiedDocumentUrls' | 'links'>): { url: string; label: string }[] {
  const seen = new Set<string>();
  const result: { url: string; label: string }[] = [];
  for (const { url, label } of [...n.notifiedDocumentUrls.map((url) => ({ url, label: '' })), ...n.links.map((l) => ({ url: l.url, label: l.label ?? '' }))]) {
    if (!isWebLink(url) || seen.has(url)) continue;
    seen.add(url);
    result.push({ url, label });
  }
  return result;
}

export function NotificationLinks({ notification }: { notification: Pick<Notification, 'notifiedDocumentUrls' | 'links'> }) {
  const { t } = useTranslation('review');
  const links = notificationLinks(notification);
  if (links.length === 0) return null;
  return (
    <ul className="nd-links" data-testid="notification-links">
      {links.map(({ url, label }) => (
        <li key={url}>
          {label && <span className="nd-link-label">{label}</span>}
          <a href={url} target="_blank" rel="noopener noreferrer" title={t('data.opensInBrowser')}>
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}
