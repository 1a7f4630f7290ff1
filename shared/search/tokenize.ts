// Tokenisation for full-text search over Chinese and Latin-script text.
//
// Latin-script words are lower-cased and reduced to their English stem (Porter, from the `stemmer`
// package), so that "battery" and "batteries" are one term; numbers such as 4943.1 stay whole.
// Runs of CJK characters are indexed as single characters plus overlapping bigrams: ICU's word
// dictionary splits the same Chinese phrase differently in and out of context (and Node and
// Chromium ship different dictionaries), so matching on the segmenter's words in the index would
// miss substrings a reader expects to find. Queries are split into words (see queryPlan.ts) and
// each word is matched as its bigrams.
import { stemmer } from 'stemmer';

const CJK_CHARS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
const CJK_RUN_OR_OTHER = new RegExp(`([${CJK_CHARS}]+)`, 'u');
/** A dotted number (4943.1, 29.220.30) or a run of letters and digits. */
const LATIN_WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /^[a-z]+$/;

export interface Token {
  text: string;
  start: number;
  end: number;
  cjk: boolean;
}

export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

/** Whether a search term may get prefix and fuzzy matching (Latin-script words and numbers). */
export function isLatinTerm(term: string): boolean {
  return !CJK.test(term);
}

/** Word-like pieces of `text` with their positions: whole CJK runs and Latin words (punctuation dropped). */
export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const part of text.split(CJK_RUN_OR_OTHER)) {
    if (part && CJK.test(part[0]!)) {
      tokens.push({ text: part, start: offset, end: offset + part.length, cjk: true });
    } else if (part) {
      for (const match of part.matchAll(LATIN_WORD)) {
        const start = offset + match.index;
        tokens.push({ text: match[0], start, end: start + match[0].length, cjk: false });
      }
    }
    offset += part.length;
  }
  return tokens;
}

/** Words repeat across notifications: stemming each once makes building the index several times faster. */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 200_000;

/** The index term of a Latin word: its English stem, or the lower-cased word for numbers and other scripts. */
export function latinTerm(word: string): string {
  let term = stems.get(word);
  if (term === undefined) {
    const lower = word.toLowerCase();
    term = ASCII_WORD.test(lower) ? stemmer(lower) : lower;
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(word, term);
  }
  return term;
}

/** Overlapping character bigrams of a CJK run; a single character stays as it is. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** "G" and "N" open every symbol (G/TBT/N/...): as terms they match everything. */
export function isSymbolNoise(term: string): boolean {
  return term === 'g' || term === 'n';
}

/** Terms stored in the index for a field's text. */
export function tokenizeForIndex(text: string): string[] {
  const terms: string[] = [];
  for (const token of scan(text.normalize('NFKC'))) {
    if (token.cjk) {
      const chars = Array.from(token.text);
      terms.push(...chars);
      if (chars.length > 1) terms.push(...bigrams(token.text));
    } else {
      const term = latinTerm(token.text);
      if (!isSymbolNoise(term)) terms.push(term);
    }
  }
  return terms;
}
