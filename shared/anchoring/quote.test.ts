import { describe, expect, it } from 'vitest';
import { findAll, findQuote, quoteSelector } from './quote';

describe('finding a quote again in page text', () => {
  const text = 'The product shall comply with ISO 8124. Later: the product shall comply with EN 71. End.';

  it('uses the prefix and suffix to pick the right one of repeated words', () => {
    const second = text.lastIndexOf('product shall comply');
    const selector = quoteSelector(text, { start: second, end: second + 'product shall comply'.length });
    expect(findQuote(text, selector)).toEqual({ start: second, end: second + 20 });
    const first = text.indexOf('product shall comply');
    expect(findQuote(text, quoteSelector(text, { start: first, end: first + 20 }))).toEqual({ start: first, end: first + 20 });
  });

  it('takes context of at most 32 characters on each side', () => {
    const s = quoteSelector('x'.repeat(50) + 'QUOTE' + 'y'.repeat(50), { start: 50, end: 55 });
    expect(s).toEqual({ quote: 'QUOTE', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  });

  it('finds a quote despite different spacing and line breaks, returning original offsets', () => {
    const extracted = '第 一 条  技 术\n法 规 应 当 符 合 国 际 标 准';
    const range = findQuote(extracted, { quote: '技术法规', prefix: '第一条', suffix: '应当' });
    expect(range).not.toBeNull();
    expect(extracted.slice(range!.start, range!.end)).toBe('技 术\n法 规');
  });

  it('finds a quote that ends in a hyphenated line break, as selected from the page', () => {
    const page = 'Dynamic languages are more difficult to com-\npile than statically typed ones. Yes.';
    const end = page.indexOf('\n');
    const selector = quoteSelector(page, { start: 0, end });
    expect(selector.quote.endsWith('com-')).toBe(true);
    const range = findQuote(page, selector);
    expect(range).toEqual({ start: 0, end: end - 1 });
  });

  it('returns null when the words are not on the page', () => {
    expect(findQuote(text, { quote: 'not here', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote(text, { quote: '   ', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('find in document', () => {
  it('finds every match, ignoring case, width and spacing', () => {
    const text = 'ISO 9001 and iso9001 and ＩＳＯ ９００１';
    const ranges = findAll(text, 'iso 9001');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['ISO 9001', 'iso9001', 'ＩＳＯ ９００１']);
  });

  it('finds a Chinese query in text with spaces between glyphs', () => {
    const text = '中 华 人 民 共 和 国 国 家 标 准';
    const [range] = findAll(text, '国家标准');
    expect(text.slice(range!.start, range!.end)).toBe('国 家 标 准');
  });
});
