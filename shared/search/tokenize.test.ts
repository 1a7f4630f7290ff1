import { describe, expect, it } from 'vitest';
import { isLatinTerm, scan, tokenizeForIndex } from './tokenize';

describe('search tokenisation', () => {
  it('splits Latin text into stemmed lower-case words and drops punctuation', () => {
    expect(tokenizeForIndex('Safety of Lithium-ion BATTERIES, (2025)')).toEqual(['safeti', 'of', 'lithium', 'ion', 'batteri', '2025']);
  });

  it('gives a singular and its plural the same term', () => {
    expect(tokenizeForIndex('battery')).toEqual(tokenizeForIndex('batteries'));
    expect(tokenizeForIndex('toy magnet')).toEqual(tokenizeForIndex('toys magnets'));
  });

  it('splits a document symbol into its parts, without the G and N every symbol has', () => {
    expect(tokenizeForIndex('G/TBT/N/EU/1234/Add.1')).toEqual(['tbt', 'eu', '1234', 'add', '1']);
  });

  it('indexes Chinese runs as characters and bigrams', () => {
    expect(tokenizeForIndex('锂电池')).toEqual(['锂', '电', '池', '锂电', '电池']);
  });

  it('separates Chinese from Latin words and keeps dotted numbers whole', () => {
    const terms = tokenizeForIndex('GB 4943.1 信息技术设备 USB接口');
    expect(terms).toContain('gb');
    expect(terms).toContain('4943.1');
    expect(terms).toContain('设备');
    expect(terms).toContain('usb');
    expect(terms).toContain('接口');
  });

  it('treats full-width Latin characters like their ASCII forms', () => {
    expect(tokenizeForIndex('ＥＵ')).toEqual(['eu']);
  });

  it('reports where each word is in the text', () => {
    expect(scan('Toys 玩具, 2025').map((t) => [t.text, t.start, t.end])).toEqual([
      ['Toys', 0, 4],
      ['玩具', 5, 7],
      ['2025', 9, 13],
    ]);
  });

  it('tells Latin terms (prefix and fuzzy matching) from CJK terms', () => {
    expect(isLatinTerm('batter')).toBe(true);
    expect(isLatinTerm('电池')).toBe(false);
  });
});
