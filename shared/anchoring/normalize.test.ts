import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap, readableText } from './normalize';
import { buildPageText, locateOffset } from './pageText';

describe('normalising text for matching', () => {
  it('removes the spaces pdf.js puts between CJK glyphs and folds full-width forms', () => {
    expect(normalizeText('技 术 法 规')).toBe('技术法规');
    expect(normalizeText('ＩＳＯ　９００１')).toBe('ISO9001');
    expect(normalizeText('e\ufb03cient')).toBe('efficient');
  });

  it('maps every normalised character back to its original offset', () => {
    const original = 'a ｂ\n ﬁc';
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe('abfic');
    expect(map).toEqual([0, 2, 5, 5, 6]);
  });

  it('joins words hyphenated across lines, but keeps other hyphens', () => {
    expect(normalizeText('Trace-\nMonkey is well-known')).toBe('TraceMonkeyiswell-known');
    expect(normalizeWithMap('a-\nb').map).toEqual([0, 3]);
  });

  it('keeps surrogate pairs whole', () => {
    const { text, map } = normalizeWithMap('𠀀 x');
    expect(text).toBe('𠀀x');
    expect(map).toEqual([0, 0, 3]);
  });
});

describe('page text from pdf.js text items', () => {
  it('joins items, breaks lines after end-of-line items and locates offsets in items', () => {
    const page = buildPageText([{ str: 'Hello ', hasEOL: false }, { str: 'world', hasEOL: true }, { str: 'next' }]);
    expect(page.text).toBe('Hello world\nnext');
    expect(page.itemStarts).toEqual([0, 6, 12]);
    expect(locateOffset(page, 8)).toEqual({ item: 1, offset: 2 });
    expect(locateOffset(page, 12)).toEqual({ item: 2, offset: 0 });
  });
});

describe('a quote shows presentation forms as plain letters', () => {
  it('Arabic ligatures and contextual forms become the letters they stand for, in order', () => {
    expect(readableText('ﺍﻟﻌﲅ ﻧﻮﺭ')).toBe('العلم نور');
  });
  it('Latin ligatures are spelt out; Chinese full-width punctuation stays as printed', () => {
    expect(readableText('ﬁeld（试验）')).toBe('field（试验）');
  });
});
