import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NotificationSearchIndex, type SearchableNotification } from './notificationSearch';
import { highlightRanges } from './highlight';
import { planQuery } from './queryPlan';

function doc(id: string, title: string, extra: Partial<SearchableNotification> = {}): SearchableNotification {
  return { id, title, description: '', products: '', ...extra };
}

const DOCS = [
  doc('G/TBT/N/CHN/2001', '电动自行车用锂离子电池安全技术规范', { products: '锂离子电池' }),
  doc('G/TBT/N/CHN/2002', '玩具安全 第2部分：含磁体玩具', { products: '玩具' }),
  doc('G/TBT/N/EU/1234', 'Safety requirements for lithium-ion batteries', { products: 'Accumulators' }),
  doc('G/TBT/N/EU/12345', 'Energy labelling of refrigerators', { description: 'Household refrigerating appliances' }),
  doc('G/TBT/N/EU/1234/Add.1', 'Safety requirements for lithium-ion batteries', { description: 'The comment period is extended.' }),
  doc('G/TBT/N/USA/2211', 'Toys containing magnets', { description: 'Consumer product safety standard for magnet sets' }),
  doc('G/TBT/N/KEN/77', 'Tricycles and scooters', { hsCodes: [{ code: '9503', description: 'Tricycles, scooters, dolls and other toys' }] }),
];

const sorted = (ids: string[]) => [...ids].sort();

describe('the notification search index', () => {
  const index = NotificationSearchIndex.build(DOCS);

  it('finds a Chinese title from a Chinese word, and the English notifications on the same products', () => {
    expect(sorted(index.search('电池'))).toEqual(['G/TBT/N/CHN/2001', 'G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
    expect(sorted(index.search('玩具'))).toEqual(['G/TBT/N/CHN/2002', 'G/TBT/N/KEN/77', 'G/TBT/N/USA/2211']);
    expect(sorted(index.search('磁'))).toEqual(['G/TBT/N/CHN/2002', 'G/TBT/N/USA/2211']);
  });

  it('finds the Chinese notifications from an English word', () => {
    expect(sorted(index.search('battery'))).toEqual(['G/TBT/N/CHN/2001', 'G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
    expect(index.search('toys ')).toContain('G/TBT/N/CHN/2002');
  });

  it('finds batteries from battery and back (English stems)', () => {
    expect(sorted(index.search('battery'))).toEqual(sorted(index.search('batteries')));
    expect(index.search('magnet ')).toContain('G/TBT/N/USA/2211');
  });

  it('finds a Chinese title from a phrase the segmenter would split differently', () => {
    expect(index.search('自行车')).toContain('G/TBT/N/CHN/2001');
    expect(index.search('离子电池安全')).toEqual(['G/TBT/N/CHN/2001']);
  });

  it('does not match Chinese characters that are not adjacent in the text', () => {
    expect(index.search('电玩')).toEqual([]);
  });

  it('finds English words from a prefix as it is typed', () => {
    expect(sorted(index.search('lith'))).toEqual(['G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
    expect(index.search('refrig')).toEqual(['G/TBT/N/EU/12345']);
  });

  it('forgives a typo in a longer English word', () => {
    expect(sorted(index.search('batteires '))).toEqual(['G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
  });

  it('requires every word of the query', () => {
    expect(sorted(index.search('toys magnets'))).toEqual(['G/TBT/N/CHN/2002', 'G/TBT/N/USA/2211']);
    expect(index.search('toys scooters')).toEqual(['G/TBT/N/KEN/77']);
  });

  it('finds a notification and its follow-ups by symbol, without longer numbers', () => {
    const found = index.search('EU/1234');
    expect(sorted(found)).toEqual(['G/TBT/N/EU/1234', 'G/TBT/N/EU/1234/Add.1']);
    expect(index.search('G/TBT/N/USA/2211')).toEqual(['G/TBT/N/USA/2211']);
  });

  it('searches the description, the products and the HS descriptions', () => {
    expect(index.search('household')).toEqual(['G/TBT/N/EU/12345']);
    expect(sorted(index.search('accumulators'))).toEqual(['G/TBT/N/CHN/2001', 'G/TBT/N/EU/1234']);
    expect(index.search('dolls')).toEqual(['G/TBT/N/KEN/77']);
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });

  it('answers the same once stored and loaded back', () => {
    const loaded = NotificationSearchIndex.fromStored(structuredClone(index.toStored()))!;
    for (const q of ['电池', 'lith', 'toys magnets', 'EU/1234', '磁']) expect(loaded.search(q)).toEqual(index.search(q));
  });

  it('refuses a stored index of another version, so that it is rebuilt', () => {
    expect(NotificationSearchIndex.fromStored({ ...index.toStored(), version: 1 })).toBeNull();
  });

  it('finds every notification by any word of its title (property)', () => {
    const words = ['battery', 'toy', 'magnet', 'tyre', 'helmet', 'cosmetic', 'label', 'syringe', '电池', '玩具', '轮胎', '标签'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 }), fc.nat(), (titles, pick) => {
        const docs = titles.map((t, i) => doc(`G/TBT/N/TST/${i + 1}`, t.join(' ')));
        const built = NotificationSearchIndex.build(docs);
        const target = docs[pick % docs.length]!;
        const word = target.title.split(' ')[0]!;
        expect(built.search(`${word} `)).toContain(target.id);
        // Nothing is found that lacks the word and all its translations.
        for (const id of built.search(`${word} `)) {
          const title = docs.find((d) => d.id === id)!.title;
          expect(highlightRanges(title, planQuery(`${word} `).highlight).length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('highlighting what the search matched', () => {
  const marked = (text: string, query: string) => highlightRanges(text, planQuery(query).highlight).map(([s, e]) => text.slice(s, e));

  it('marks the English words of a Chinese query', () => {
    expect(marked('Safety requirements for lithium-ion batteries', '电池')).toEqual(['batteries']);
    expect(marked('Toys containing magnets', '磁')).toEqual(['magnets']);
  });

  it('marks the Chinese words of an English query, and the plural of a singular', () => {
    expect(marked('玩具安全 第2部分：含磁体玩具', 'toy ')).toEqual(['玩具', '玩具']);
    expect(marked('Lithium-ion batteries for bicycles', 'battery')).toEqual(['batteries']);
  });

  it('marks the word being typed from its first letters', () => {
    expect(marked('Energy labelling of refrigerators', 'refrig')).toEqual(['refrigerators']);
  });
});
