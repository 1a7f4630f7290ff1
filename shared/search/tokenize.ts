// Tokenisation for full-text search over Chinese and Latin-script text.
//
// Intl.Segmenter (granularity 'word') splits text into words, numbers and punctuation for every
// script. Latin words are lower-cased and kept whole (the search applies prefix and fuzzy matching
// to them). Runs of CJK characters are indexed as overlapping character bigrams plus single
// characters, and queried as bigrams: ICU's dictionary splits the same Chinese phrase differently
// in and out of context (and Node and Chromium ship different dictionaries), so matching on the
// segmenter's CJK words would miss substrings a reader expects to find.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;
const CJK_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+$/u;

export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

/** Whether a search term should get prefix and fuzzy matching (Latin-script words and numbers). */
export function isLatinTerm(term: string): boolean {
  return !CJK.test(term);
}

/** Splits text into word-like segments in order, grouping consecutive CJK segments into one run. */
function segments(text: string): { text: string; cjk: boolean }[] {
  const out: { text: string; cjk: boolean }[] = [];
  let run = '';
  for (const part of segmenter.segment(text.normalize('NFKC'))) {
    if (part.isWordLike && CJK_ONLY.test(part.segment)) {
      run += part.segment;
      continue;
    }
    if (run) {
      out.push({ text: run, cjk: true });
      run = '';
    }
    if (!part.isWordLike) continue;
    // A word that mixes scripts (rare, e.g. "USB接口") still gets its CJK part split out.
    if (CJK.test(part.segment)) {
      for (const piece of part.segment.split(/([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+)/u)) {
        if (piece) out.push({ text: piece, cjk: CJK.test(piece) });
      }
    } else {
      out.push({ text: part.segment, cjk: false });
    }
  }
  if (run) out.push({ text: run, cjk: true });
  return out;
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Terms stored in the index for a field's text. */
export function tokenizeForIndex(text: string): string[] {
  const terms: string[] = [];
  for (const seg of segments(text)) {
    if (seg.cjk) {
      const chars = Array.from(seg.text);
      terms.push(...chars);
      if (chars.length > 1) terms.push(...bigrams(seg.text));
    } else {
      terms.push(seg.text.toLowerCase());
    }
  }
  return terms;
}

/** Terms of a search query; every term must match (the search combines them with AND). */
export function tokenizeForQuery(text: string): string[] {
  const terms: string[] = [];
  for (const seg of segments(text)) {
    if (seg.cjk) terms.push(...bigrams(seg.text));
    else terms.push(seg.text.toLowerCase());
  }
  return [...new Set(terms)];
}
