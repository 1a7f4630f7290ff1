// Text normalisation for matching quotes: NFKC (full-width forms, ligatures, compatibility
// ideographs become their plain forms) with every whitespace character removed, because pdf.js
// inserts spaces between CJK glyphs and splits lines differently from one extraction to the next;
// a hyphen at the end of a line (a word split across lines) is removed too.

export interface NormalizedText {
  text: string;
  /** map[i] is the offset in the original text of the code unit that produced text[i]. */
  map: number[];
}

const WHITESPACE = /\s/u;

/**
 * Normalises code point by code point so that every normalised character maps back to an
 * original offset. (Whole-string NFKC could compose across code points; per code point is the
 * approximation pdf.js' own find controller also makes.)
 */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let offset = 0;
  for (const codePoint of original) {
    // A hyphen that ends a line splits a word ("Trace-\nMonkey"): drop it, as pdf.js' find does.
    const endOfLineHyphen = (codePoint === '-' || codePoint === '\u00ad') && original[offset + 1] === '\n';
    if (!WHITESPACE.test(codePoint) && !endOfLineHyphen) {
      const normalized = codePoint.normalize('NFKC').replace(/\s+/gu, '');
      for (let i = 0; i < normalized.length; i++) map.push(offset);
      text += normalized;
    }
    offset += codePoint.length;
  }
  return { text, map };
}

export function normalizeText(original: string): string {
  return normalizeWithMap(original).text;
}

/** Latin ligatures (ﬁ), Hebrew and Arabic presentation forms (ﲅ, ﻟ): the code points a PDF's
 * shaped glyphs map to, which people and exports need as plain letters. */
const PRESENTATION_FORMS = /[\uFB00-\uFDFF\uFE70-\uFEFE]+/gu;

/** Text to show and export (a comment's quote): presentation forms become plain letters; every
 * other character stays as printed (full-width Chinese punctuation, say). */
export function readableText(original: string): string {
  return original.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'));
}
