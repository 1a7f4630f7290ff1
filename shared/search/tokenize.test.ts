import { describe, expect, it } from 'vitest';
import { isLatinTerm, tokenizeForIndex, tokenizeForQuery } from './tokenize';

describe('search tokenisation', () => {
  it('splits Latin text into lower-case words and drops punctuation', () => {
    expect(tokenizeForQuery('Safety of Lithium-ion BATTERIES, (2025)')).toEqual(['safety', 'of', 'lithium', 'ion', 'batteries', '2025']);
  });

  it('splits a document symbol into its parts', () => {
    expect(tokenizeForQuery('G/TBT/N/EU/1234/Add.1')).toEqual(['g', 'tbt', 'n', 'eu', '1234', 'add', '1']);
  });

  it('indexes Chinese runs as characters and bigrams, and queries them as bigrams', () => {
    expect(tokenizeForIndex('锂电池')).toEqual(['锂', '电', '池', '锂电', '电池']);
    expect(tokenizeForQuery('电池')).toEqual(['电池']);
    expect(tokenizeForQuery('离子电池')).toEqual(['离子', '子电', '电池']);
  });

  it('keeps a single Chinese character as a term', () => {
    expect(tokenizeForQuery('车')).toEqual(['车']);
  });

  it('separates Chinese from Latin words and numbers in mixed text', () => {
    const terms = tokenizeForIndex('GB 4943.1 信息技术设备 USB接口');
    expect(terms).toContain('gb');
    expect(terms).toContain('4943.1');
    expect(terms).toContain('设备');
    expect(terms).toContain('usb');
    expect(terms).toContain('接口');
  });

  it('treats full-width Latin characters like their ASCII forms', () => {
    expect(tokenizeForQuery('ＥＵ')).toEqual(['eu']);
  });

  it('tells Latin terms (prefix and fuzzy matching) from CJK terms', () => {
    expect(isLatinTerm('batter')).toBe(true);
    expect(isLatinTerm('电池')).toBe(false);
  });
});
