import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexPrecedents, MIN_SCORE, rankPrecedents, rankPrecedentsDirectly, type PrecedentQuery, type PrecedentSource } from './rankPrecedents';
import { standardKey, standardKeys } from './standardRef';

function source(over: Partial<PrecedentSource> & { id: string }): PrecedentSource {
  return {
    kind: 'comment',
    notificationId: `n-${over.id}`,
    title: 'Unrelated measure on ships',
    memberCode: 'BRA',
    hsCodes: [],
    icsCodes: [],
    referenceStandard: '',
    referenceClause: '',
    clause: '4.1',
    commentZh: '意见',
    commentEn: 'comment',
    proposedChangeZh: '',
    proposedChangeEn: '',
    anchor: null,
    outcome: { decision: null, sent: false, memberOutcome: null, replySummary: null },
    writtenAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

const toys: PrecedentQuery = {
  notificationId: 'current',
  title: 'Safety of toys — mechanical and physical properties',
  products: 'Toys',
  memberCode: 'EU',
  hsCodes: ['9503'],
  icsCodes: ['97.200.50'],
  standards: ['ISO 8124-1:2022'],
};

function rank(sources: PrecedentSource[], query = toys) {
  return rankPrecedents(indexPrecedents(sources, (id) => sources.find((s) => s.notificationId === id)!.title), query);
}

describe('precedents for the notification under review', () => {
  it('puts a comment on the same HS heading and ICS code above one that only shares the chapter and field', () => {
    const ranked = rank([
      source({ id: 'chapter', hsCodes: ['9504'], icsCodes: ['97.220.10'] }),
      source({ id: 'heading', hsCodes: ['950300'], icsCodes: ['97.200.50'] }),
    ]);
    expect(ranked.map((r) => r.source.id)).toEqual(['heading', 'chapter']);
    expect(ranked[0]!.reasons).toEqual([
      { kind: 'hs', codes: ['9503'], level: 'heading' },
      { kind: 'ics', codes: ['97.200.50'], level: 'code' },
    ]);
    expect(ranked[1]!.reasons).toEqual([
      { kind: 'hs', codes: ['95'], level: 'chapter' },
      { kind: 'ics', codes: ['97'], level: 'field' },
    ]);
  });

  it('recognises the same referenced standard in another edition', () => {
    const ranked = rank([source({ id: 'iso', referenceStandard: 'ISO 8124-1:2014, 4.5' }), source({ id: 'other', referenceStandard: 'ISO 8124-3' })]);
    expect(ranked.map((r) => r.source.id)).toEqual(['iso']);
    expect(ranked[0]!.reasons).toEqual([{ kind: 'standard', standard: 'ISO 8124-1' }]);
  });

  it('does not show a comment whose only link is the same member', () => {
    expect(rank([source({ id: 'member', memberCode: 'EU' })])).toEqual([]);
  });

  it('adds the same member to other evidence, ranking it above the same evidence from another member', () => {
    const ranked = rank([source({ id: 'bra', hsCodes: ['9503'] }), source({ id: 'eu', hsCodes: ['9503'], memberCode: 'EU' })]);
    expect(ranked.map((r) => r.source.id)).toEqual(['eu', 'bra']);
    expect(ranked[0]!.reasons[0]).toEqual({ kind: 'same_member', memberCode: 'EU' });
  });

  it('finds a measure with a similar title and no codes in common', () => {
    const ranked = rank([source({ id: 'similar', title: 'Safety of toys — mechanical and physical properties (amendment)' }), source({ id: 'far' })]);
    expect(ranked.map((r) => r.source.id)).toEqual(['similar']);
    expect(ranked[0]!.reasons[0]).toMatchObject({ kind: 'similar_text' });
  });

  it('leaves out the comments on the notification under review itself', () => {
    expect(rank([source({ id: 'self', notificationId: 'current', hsCodes: ['9503'] })])).toEqual([]);
  });

  it('ranks the newer of two equally close precedents first', () => {
    const ranked = rank([source({ id: 'old', hsCodes: ['9503'], writtenAt: '2020-01-01' }), source({ id: 'new', hsCodes: ['9503'], writtenAt: '2024-01-01' })]);
    expect(ranked.map((r) => r.source.id)).toEqual(['new', 'old']);
  });

  it('always returns precedents best first, each with more than the same member behind it', () => {
    const code = fc.constantFrom('9503', '9504', '8501', '3304', '950300');
    const ics = fc.constantFrom('97.200.50', '97.200.10', '97.220', '11.040.25');
    const arbitrarySource = fc.record({
      id: fc.uuid(),
      memberCode: fc.constantFrom('EU', 'BRA', 'USA'),
      hsCodes: fc.array(code, { maxLength: 3 }),
      icsCodes: fc.array(ics, { maxLength: 2 }),
      referenceStandard: fc.constantFrom('', 'ISO 8124-1:2014', 'IEC 62115'),
      title: fc.constantFrom('Safety of toys', 'Electric motors', 'Cosmetics labelling'),
    });
    fc.assert(
      fc.property(fc.array(arbitrarySource, { maxLength: 40 }), (raw) => {
        const ranked = rank(raw.map((r) => source(r)));
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        for (const r of ranked) {
          expect(r.score).toBeGreaterThanOrEqual(MIN_SCORE);
          expect(r.reasons.some((reason) => reason.kind !== 'same_member')).toBe(true);
        }
      }),
    );
  });
});

describe('referenced standards', () => {
  it('name a standard without its edition, however it is written', () => {
    expect(standardKey('ISO 8124-1:2022, 4.5')).toBe('ISO 8124-1');
    expect(standardKey('iso8124-1 (2014)')).toBe('ISO 8124-1');
    expect(standardKey('ＩＳＯ 8124-1')).toBe('ISO 8124-1');
    expect(standardKey('GB 6675.2-2014')).toBe('GB 6675.2');
    expect(standardKey('EN 71-3:2019')).toBe('EN 71-3');
    expect(standardKey('no standard here')).toBe('');
  });

  it('lists every standard item 8 names, once', () => {
    expect(standardKeys('EN 71-1:2014; ISO 8124-1:2022 and EN 71-1')).toEqual(['EN 71-1', 'ISO 8124-1']);
  });
});

describe('the precedent index', () => {
  it('ranks exactly as comparing every precedent one by one', () => {
    const arbitrarySource = fc.record({
      id: fc.uuid(),
      notificationId: fc.constantFrom('n1', 'n2', 'n3', 'n4', 'current'),
      memberCode: fc.constantFrom('EU', 'BRA'),
      hsCodes: fc.array(fc.constantFrom('9503', '950410', '8501', '3304'), { maxLength: 3 }),
      icsCodes: fc.array(fc.constantFrom('97.200.50', '97.200.10', '97.220', '11.040.25'), { maxLength: 2 }),
      referenceStandard: fc.constantFrom('', 'ISO 8124-1:2014', 'IEC 62115'),
      writtenAt: fc.constantFrom('2021-01-01', '2022-01-01', '2023-01-01'),
    });
    const titles: Record<string, string> = { n1: 'Safety of toys', n2: 'Safety of toys containing magnets', n3: 'Electric motors', n4: 'Cosmetics', current: 'x' };
    fc.assert(
      fc.property(fc.array(arbitrarySource, { maxLength: 40 }), (raw) => {
        const sources = raw.map((r) => source({ ...r, title: titles[r.notificationId]! }));
        const text = (id: string) => titles[id]!;
        const indexed = rankPrecedents(indexPrecedents(sources, text), toys, 1000);
        const direct = rankPrecedentsDirectly(sources, toys, text, 1000);
        expect(indexed.map((r) => [r.source.id, r.score])).toEqual(direct.map((r) => [r.source.id, r.score]));
      }),
    );
  });
});
