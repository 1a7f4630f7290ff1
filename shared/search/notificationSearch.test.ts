import { describe, expect, it } from 'vitest';
import { NotificationSearchIndex, type SearchableNotification } from './notificationSearch';

function doc(id: string, title: string, extra: Partial<SearchableNotification> = {}): SearchableNotification {
  return { id, title, description: '', products: '', updatedAt: '2025-06-01T00:00:00Z', ...extra };
}

const DOCS = [
  doc('G/TBT/N/CHN/2001', '电动自行车用锂离子电池安全技术规范', { products: '锂离子电池' }),
  doc('G/TBT/N/CHN/2002', '玩具安全 第2部分：含磁体玩具', { products: '玩具' }),
  doc('G/TBT/N/EU/1234', 'Safety requirements for lithium-ion batteries', { products: 'Accumulators' }),
  doc('G/TBT/N/EU/12345', 'Energy labelling of refrigerators', { description: 'Household refrigerating appliances' }),
  doc('G/TBT/N/EU/1234/Add.1', 'Safety requirements for lithium-ion batteries', { description: 'The comment period is extended.' }),
  doc('G/TBT/N/USA/2211', 'Toys containing magnets', { description: 'Consumer product safety standard for magnet sets' }),
];

describe('the notification search index', () => {
  const index = NotificationSearchIndex.build(DOCS);

  it('finds a Chinese title from a Chinese word', () => {
    expect(index.search('电池')).toEqual(['G/TBT/N/CHN/2001']);
    expect(index.search('玩具')).toEqual(['G/TBT/N/CHN/2002']);
  });

  it('finds a Chinese title from a phrase the segmenter would split differently', () => {
    expect(index.search('自行车')).toEqual(['G/TBT/N/CHN/2001']);
    expect(index.search('离子电池安全')).toEqual(['G/TBT/N/CHN/2001']);
  });

  it('does not match Chinese characters that are not adjacent in the text', () => {
    expect(index.search('电玩')).toEqual([]);
  });

  it('finds English words from a prefix', () => {
    expect(index.search('lith').sort()).toEqual(['G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
    expect(index.search('refrig')).toEqual(['G/TBT/N/EU/12345']);
  });

  it('forgives a typo in a longer English word', () => {
    expect(index.search('batteires').sort()).toEqual(['G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
  });

  it('requires every word of the query', () => {
    expect(index.search('toys magnets')).toEqual(['G/TBT/N/USA/2211']);
  });

  it('finds a notification and its follow-ups by symbol, the base first, without longer numbers', () => {
    const found = index.search('EU/1234');
    expect(found[0]).toBe('G/TBT/N/EU/1234');
    expect(found).toContain('G/TBT/N/EU/1234/Add.1');
    expect(found).not.toContain('G/TBT/N/EU/12345');
  });

  it('finds a full symbol', () => {
    expect(index.search('G/TBT/N/USA/2211')).toEqual(['G/TBT/N/USA/2211']);
  });

  it('searches the description and the products', () => {
    expect(index.search('household')).toEqual(['G/TBT/N/EU/12345']);
    expect(index.search('accumulators')).toEqual(['G/TBT/N/EU/1234']);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });
});

describe('keeping the index in step with the store', () => {
  it('re-indexes a changed record, adds new ones and drops deleted ones', () => {
    const index = NotificationSearchIndex.build(DOCS);
    const changed = DOCS.map((d) => (d.id === 'G/TBT/N/USA/2211' ? { ...d, title: 'Bicycle helmets', description: 'Impact tests', updatedAt: '2025-07-01T00:00:00Z' } : d))
      .filter((d) => d.id !== 'G/TBT/N/CHN/2002')
      .concat(doc('G/TBT/N/JPN/900', 'Helmets for motorcycles'));
    expect(index.sync(changed)).toBe(3);
    expect(index.search('magnets')).toEqual([]);
    expect(index.search('helmets').sort()).toEqual(['G/TBT/N/JPN/900', 'G/TBT/N/USA/2211']);
    expect(index.search('玩具')).toEqual([]);
    expect(index.size).toBe(DOCS.length);
  });

  it('touches nothing when no record changed', () => {
    const index = NotificationSearchIndex.build(DOCS);
    expect(index.sync(DOCS)).toBe(0);
  });

  it('serialises and loads back to the same answers', () => {
    const index = NotificationSearchIndex.build(DOCS);
    const { index: plain, versions } = index.toJSON();
    const loaded = NotificationSearchIndex.fromJSON(JSON.stringify(plain), versions);
    expect(loaded.search('电池')).toEqual(index.search('电池'));
    expect(loaded.search('lith')).toEqual(index.search('lith'));
    expect(loaded.sync(DOCS)).toBe(0);
  });
});
