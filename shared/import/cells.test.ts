import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellFromCsv, cellFromExcel, cellText, cleanLine, cleanText, parseHyperlinkFormula } from './cells';

describe('reading HYPERLINK formulas saved without a cached value', () => {
  it('takes the text argument and the link', () => {
    expect(cellFromExcel({ formula: 'HYPERLINK("https://e.org/?v= G/TBT/N/USA/2211"," G/TBT/N/USA/2211")' })).toEqual({
      text: ' G/TBT/N/USA/2211',
      hyperlink: 'https://e.org/?v= G/TBT/N/USA/2211',
    });
  });

  it('uses the link as text when the formula gives none, and unescapes doubled quotes', () => {
    expect(parseHyperlinkFormula('HYPERLINK("https://a.org/x")')).toEqual({ text: 'https://a.org/x', hyperlink: 'https://a.org/x' });
    expect(parseHyperlinkFormula('=HYPERLINK("u"; "say ""hi""")')).toEqual({ text: 'say "hi"', hyperlink: 'u' });
  });

  it('prefers a cached result when there is one', () => {
    expect(cellFromExcel({ formula: 'HYPERLINK("u","t")', result: 'cached' })).toEqual({ text: 'cached', hyperlink: 'u' });
    expect(cellFromExcel({ formula: 'A1+1', result: 3 })).toBe(3);
  });

  it('reads a CSV cell written as a formula', () => {
    expect(cellFromCsv('=HYPERLINK("u","G/TBT/N/EU/1")')).toEqual({ text: 'G/TBT/N/EU/1', hyperlink: 'u' });
    expect(cellFromCsv('plain')).toBe('plain');
  });
});

describe('other exceljs cell values', () => {
  it('joins rich text runs and reads hyperlink cells', () => {
    expect(cellFromExcel({ richText: [{ text: 'a ' }, { text: 'b' }] })).toBe('a b');
    expect(cellFromExcel({ text: 'label', hyperlink: 'https://x.org' })).toEqual({ text: 'label', hyperlink: 'https://x.org' });
  });

  it('turns errors and unknown shapes into empty cells', () => {
    expect(cellFromExcel({ error: '#N/A' })).toBeNull();
    expect(cellFromExcel({})).toBeNull();
    expect(cellText(cellFromExcel(undefined))).toBe('');
  });

  it('writes a Date cell as its ISO day', () => {
    expect(cellText(new Date(Date.UTC(2025, 5, 11)))).toBe('2025-06-11');
  });
});

describe('text clean-up', () => {
  it('replaces non-breaking spaces, trims lines and keeps line breaks in multi-line text', () => {
    expect(cleanText('  Title\u00a0with\u00a0 NBSP \r\n\r\n\r\n second line  ')).toBe('Title with NBSP\n\nsecond line');
  });

  it('makes single-line text of line breaks', () => {
    expect(cleanLine(' Kenya\n\u00a0(EAC) ')).toBe('Kenya (EAC)');
  });
});

describe('tidy text is returned as it is, untidy text is cleaned as always', () => {
  // The clean-up before the shortcut for tidy text: the shortcut must give the same answers.
  const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
  const fullCleanText = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .replace(SPACES, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const fullCleanLine = (text: string) => text.replace(SPACES, ' ').replace(/\s+/g, ' ').trim();
  // Mostly spaces and breaks of every kind, between a few letters.
  const untidy = fc
    .array(fc.constantFrom('a', 'b', '电', ' ', ' ', '\n', '\n', '\r', '\t', '\u00a0', '\u200b', '\u3000', '\ufeff', '\u2028', '\v'), { maxLength: 30 })
    .map((chars) => chars.join(''));

  it('cleanText', () => {
    fc.assert(fc.property(fc.oneof(untidy, fc.string()), (text) => cleanText(text) === fullCleanText(text)), { numRuns: 5000 });
  });

  it('cleanLine', () => {
    fc.assert(fc.property(fc.oneof(untidy, fc.string()), (text) => cleanLine(text) === fullCleanLine(text)), { numRuns: 5000 });
  });
});
