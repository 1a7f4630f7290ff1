import { describe, expect, it } from 'vitest';
import { notificationLinks } from './NotificationLinks';

describe('the links a notification shows', () => {
  it('lists the notified documents, then the other links, once each, web links only', () => {
    const links = notificationLinks({
      notifiedDocumentUrls: ['https://docs.test/1.pdf', 'javascript:alert(1)'],
      links: [
        { url: 'https://eping.test/n/1', label: 'ePing' },
        { url: 'https://docs.test/1.pdf', label: 'EN' },
        { url: 'file:///etc/passwd', label: 'bad' },
      ],
    });
    expect(links).toEqual([
      { url: 'https://docs.test/1.pdf', label: '' },
      { url: 'https://eping.test/n/1', label: 'ePing' },
    ]);
  });
});
