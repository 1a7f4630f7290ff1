import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CodeEntry, Notification } from './notification';
import { mergeNotification } from './mergeNotification';

const ID = 'G/TBT/N/EU/1148';
const LIST_FIELDS = ['hsCodes', 'icsCodes', 'objectives', 'keywords', 'notifiedDocumentUrls', 'links'] as const;

// Texts that are shortened forms of each other, and others that are not, so both rules are exercised.
const text = fc.constantFrom('', 'Toys', 'toys', 'Safety of toys', 'Proposal for a Regulation on the safety of toys', 'Jouets', ' Safety  of toys ');
const date = fc.option(fc.constantFrom('2026-01-15', '2026-02-01', '2026-03-31', '2027-12-31'), { nil: null });
const timestamp = fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T08:00:00.000Z', '2026-03-01T12:30:00.000Z');
const code = (codes: string[]) => fc.record({ code: fc.constantFrom(...codes), description: fc.constantFrom('', 'Toys', 'Games') });
const codes = (pool: string[]) => fc.uniqueArray(code(pool), { selector: (c: CodeEntry) => c.code, maxLength: 3 });
const words = fc.uniqueArray(fc.constantFrom('toys', 'safety', 'magnets', 'batteries'), { maxLength: 3 });

const notification: fc.Arbitrary<Notification> = fc.record({
  id: fc.constant(ID),
  agreement: fc.constant('TBT' as const),
  memberCode: fc.constant('EU'),
  number: fc.constant(1148),
  suffixes: fc.constant([]),
  baseSymbol: fc.constant(ID),
  parentSymbol: fc.constant(null),
  type: fc.constantFrom('regular' as const, 'other' as const),
  member: text,
  agency: text,
  notifiedUnder: fc.constantFrom('', '2.9.2', '5.6.2'),
  products: text,
  hsCodes: codes(['9503', '9504', '8506']),
  icsCodes: codes(['97.200.50', '29.220']),
  title: text,
  pages: fc.constantFrom('', '4 pages', '12 pages'),
  languages: fc.constantFrom('', 'English', 'French'),
  description: text,
  objectives: words,
  relevantDocuments: text,
  proposedAdoption: fc.constantFrom('', 'Unchanged', '2026-06-01'),
  proposedEntryIntoForce: fc.constantFrom('', '2027-01-01'),
  finalDateForComments: date,
  textsAvailableFrom: text,
  distributionDate: date,
  keywords: words,
  regionsAffected: fc.constantFrom('', 'EU'),
  notifiedDocumentUrls: fc.uniqueArray(fc.constantFrom('https://docs.example/a.pdf', 'https://docs.example/b.pdf'), { maxLength: 2 }),
  links: fc.uniqueArray(fc.record({ url: fc.constantFrom('https://eping.example/1', 'https://eping.example/2'), label: fc.constantFrom('', 'ePing') }), { selector: (l) => l.url, maxLength: 2 }),
  source: fc.constantFrom('eping', 'demo', 'server'),
  importedAt: timestamp,
  updatedAt: timestamp,
});

const hasValue = (value: unknown) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
const keys = (record: Notification) => Object.keys(record) as (keyof Notification)[];
const known = (record: Notification) => keys(record).filter((key) => hasValue(record[key])).sort();
const listKey = (item: unknown) => (typeof item === 'object' && item !== null ? ((item as { code?: string; url?: string }).code ?? (item as { url: string }).url) : String(item));

describe('merging two copies of a notification', () => {
  it('never loses a field that either copy has a value for', () => {
    fc.assert(
      fc.property(notification, notification, (stored, incoming) => {
        const merged = mergeNotification(stored, incoming);
        for (const key of keys(stored)) if (hasValue(stored[key]) || hasValue(incoming[key])) expect(hasValue(merged[key]), key).toBe(true);
      }),
    );
  });

  it('keeps every code, objective, keyword and link of both copies', () => {
    fc.assert(
      fc.property(notification, notification, (stored, incoming) => {
        const merged = mergeNotification(stored, incoming);
        for (const field of LIST_FIELDS) {
          const mergedKeys = new Set((merged[field] as unknown[]).map(listKey));
          for (const item of [...(stored[field] as unknown[]), ...(incoming[field] as unknown[])]) expect(mergedKeys.has(listKey(item)), field).toBe(true);
        }
      }),
    );
  });

  it('is idempotent: pulling the same copy again changes nothing', () => {
    fc.assert(
      fc.property(notification, notification, (stored, incoming) => {
        const once = mergeNotification(stored, incoming);
        expect(mergeNotification(once, incoming)).toEqual(once);
        expect(mergeNotification(stored, stored)).toEqual(stored);
      }),
    );
  });

  it('knows the same fields whichever copy arrives first', () => {
    fc.assert(
      fc.property(notification, notification, (a, b) => {
        expect(known(mergeNotification(a, b))).toEqual(known(mergeNotification(b, a)));
      }),
    );
  });

  it('gives every device the incoming final date and distribution date, whatever it held before', () => {
    fc.assert(
      fc.property(notification, notification, notification, (storedHere, storedThere, server) => {
        const here = mergeNotification(storedHere, server);
        const there = mergeNotification(storedThere, server);
        if (server.finalDateForComments) expect(here.finalDateForComments).toBe(there.finalDateForComments);
        if (server.distributionDate) expect(here.distributionDate).toBe(there.distributionDate);
      }),
    );
  });

  it('keeps the full title when the other copy has a shortened one, and the first import time', () => {
    fc.assert(
      fc.property(notification, notification, (stored, incoming) => {
        const merged = mergeNotification(stored, incoming);
        expect(merged.importedAt).toBe(stored.importedAt);
        expect(merged.updatedAt >= stored.updatedAt && merged.updatedAt >= incoming.updatedAt).toBe(true);
        // Whatever text wins, it holds all that the losing text says.
        const loose = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
        if (stored.title && incoming.title) expect([loose(stored.title), loose(incoming.title)].some((t) => t === loose(merged.title))).toBe(true);
        if (loose(stored.title) !== loose(incoming.title) && loose(stored.title).includes(loose(incoming.title))) expect(merged.title).toBe(stored.title);
      }),
    );
  });

  it('fills an empty code description from the other copy', () => {
    fc.assert(
      fc.property(notification, notification, (stored, incoming) => {
        const merged = mergeNotification(stored, incoming);
        for (const entry of merged.hsCodes) {
          const described = [...stored.hsCodes, ...incoming.hsCodes].some((c) => c.code === entry.code && c.description);
          if (described) expect(entry.description, entry.code).not.toBe('');
        }
      }),
    );
  });
});
