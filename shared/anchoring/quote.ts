// Text quote selectors (as in the W3C Web Annotation model and Hypothesis): the quoted text plus
// a little context on each side, so that a passage can be found again by its words when its
// geometry cannot be used, and told apart from repeats of the same words.
import { normalizeWithMap } from './normalize';

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface TextRange {
  start: number;
  end: number;
}

export function quoteSelector(text: string, range: TextRange, contextLength = CONTEXT_LENGTH): QuoteSelector {
  return {
    quote: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - contextLength), range.start),
    suffix: text.slice(range.end, range.end + contextLength),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function normalizedPart(part: string, following: string): string {
  const { text, map } = normalizeWithMap(part + following);
  let end = 0;
  while (end < map.length && map[end]! < part.length) end++;
  return text.slice(0, end);
}

/**
 * Finds the quote in `text`, comparing normalised text (NFKC, no whitespace), and returns its
 * range in the ORIGINAL text. When the quote occurs more than once, the occurrence whose
 * surroundings agree most with the prefix and suffix wins (the first one on a tie).
 */
export function findQuote(text: string, selector: QuoteSelector): TextRange | null {
  const page = normalizeWithMap(text);
  // Each part is normalised together with what follows it, as it is within the page (a quote
  // ending in a line-end hyphen loses that hyphen in the page's normalised text too).
  const quote = normalizedPart(selector.quote, selector.suffix);
  if (!quote) return null;
  const prefix = normalizedPart(selector.prefix, selector.quote + selector.suffix);
  const suffix = normalizeWithMap(selector.suffix).text;

  let best: { index: number; score: number } | null = null;
  for (let index = page.text.indexOf(quote); index !== -1; index = page.text.indexOf(quote, index + 1)) {
    const before = page.text.slice(Math.max(0, index - prefix.length), index);
    const after = page.text.slice(index + quote.length, index + quote.length + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    if (!best || score > best.score) best = { index, score };
  }
  if (!best) return null;

  const lastNormalized = best.index + quote.length - 1;
  const start = page.map[best.index]!;
  const lastOriginal = page.map[lastNormalized]!;
  // End just after the whole code point that produced the last matched character.
  const end = lastOriginal + (text.codePointAt(lastOriginal)! > 0xffff ? 2 : 1);
  return { start, end };
}

/** Every match of `query` in `text` (normalised comparison), as ranges of the original text. */
export function findAll(text: string, query: string): TextRange[] {
  const page = normalizeWithMap(text);
  const needle = normalizeWithMap(query).text;
  if (!needle) return [];
  const ranges: TextRange[] = [];
  // Case-insensitive when lower-casing keeps every length (so the offset map stays valid);
  // otherwise case-sensitive.
  const lowerHaystack = page.text.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  const caseless = lowerHaystack.length === page.text.length && lowerNeedle.length === needle.length;
  const h = caseless ? lowerHaystack : page.text;
  const n = caseless ? lowerNeedle : needle;
  for (let index = h.indexOf(n); index !== -1; index = h.indexOf(n, index + n.length)) {
    const lastOriginal = page.map[index + n.length - 1]!;
    ranges.push({ start: page.map[index]!, end: lastOriginal + (text.codePointAt(lastOriginal)! > 0xffff ? 2 : 1) });
  }
  return ranges;
}
