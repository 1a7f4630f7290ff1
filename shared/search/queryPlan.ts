// What a search query asks for: every concept of the query must be found; a concept is found when
// any of its alternatives is (the words as typed, or their translations from the bilingual term
// list); an alternative is found when all of its terms are.
//
// Chinese runs are split into the longest terms the list knows, the rest into words
// (Intl.Segmenter); each piece is matched by its character bigrams. Latin words are matched by their
// stem; the last one also by prefix while it is being typed, unless it is a number (so that
// "EU/1234" does not find EU/12345).
import { BILINGUAL_TERMS } from './bilingualTerms';
import { bigrams, isSymbolNoise, latinTerm, scan } from './tokenize';

export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Latin words of 5+ letters also match a term one or two edits away when nothing matches exactly. */
  fuzzy: boolean;
}

export type Alternative = QueryTerm[];

export interface Concept {
  alternatives: Alternative[];
}

export interface QueryPlan {
  concepts: Concept[];
  /** What to mark in a matching row: Latin stems (and prefixes) and Chinese strings. */
  highlight: HighlightTerms;
}

export interface HighlightTerms {
  stems: string[];
  prefixes: string[];
  cjk: string[];
}

interface Dictionary {
  /** Chinese term → English equivalents, each as its stems. */
  zhToEn: Map<string, string[][]>;
  /** English stem (single-word equivalents only) → Chinese terms. */
  enToZh: Map<string, string[]>;
  longestZh: number;
}

let dictionary: Dictionary | null = null;

function loadDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const zhToEn = new Map<string, string[][]>();
  const enToZh = new Map<string, string[]>();
  let longestZh = 1;
  for (const line of BILINGUAL_TERMS.split('\n')) {
    const [zhPart, enPart] = line.split('|');
    const zh = zhPart?.trim();
    if (!zh || !enPart) continue;
    longestZh = Math.max(longestZh, Array.from(zh).length);
    const equivalents = enPart
      .split(';')
      .map((en) => scan(en.trim()).map((t) => latinTerm(t.text)))
      .filter((stems) => stems.length > 0);
    zhToEn.set(zh, [...(zhToEn.get(zh) ?? []), ...equivalents]);
    for (const stems of equivalents) {
      if (stems.length !== 1) continue;
      const list = enToZh.get(stems[0]!) ?? [];
      if (!list.includes(zh)) list.push(zh);
      enToZh.set(stems[0]!, list);
    }
  }
  dictionary = { zhToEn, enToZh, longestZh };
  return dictionary;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits a CJK run into the longest terms the dictionary knows, and words for what is left. */
function splitCjkRun(run: string, dict: Dictionary): string[] {
  const chars = Array.from(run);
  const pieces: string[] = [];
  let rest = '';
  const flushRest = () => {
    for (const part of segmenter.segment(rest)) if (part.isWordLike) pieces.push(part.segment);
    rest = '';
  };
  for (let i = 0; i < chars.length; ) {
    let found = '';
    for (let len = Math.min(dict.longestZh, chars.length - i); len >= 1; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (dict.zhToEn.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found) {
      flushRest();
      pieces.push(found);
      i += Array.from(found).length;
    } else {
      rest += chars[i];
      i++;
    }
  }
  flushRest();
  return pieces;
}

const exact = (term: string): QueryTerm => ({ term, prefix: false, fuzzy: false });
const cjkAlternative = (text: string): Alternative => bigrams(text).map(exact);

export function planQuery(query: string): QueryPlan {
  const dict = loadDictionary();
  const tokens = scan(query.normalize('NFKC'));
  const concepts: Concept[] = [];
  const highlight: HighlightTerms = { stems: [], prefixes: [], cjk: [] };
  const typingLastWord = !/\s$/.test(query);
  tokens.forEach((token, i) => {
    if (token.cjk) {
      for (const piece of splitCjkRun(token.text, dict)) {
        const alternatives = [cjkAlternative(piece)];
        highlight.cjk.push(piece);
        for (const stems of dict.zhToEn.get(piece) ?? []) {
          alternatives.push(stems.map(exact));
          highlight.stems.push(...stems);
        }
        concepts.push({ alternatives });
      }
      return;
    }
    const stem = latinTerm(token.text);
    if (isSymbolNoise(stem)) return;
    const isNumber = /^[\p{N}.]+$/u.test(stem);
    const prefix = i === tokens.length - 1 && typingLastWord && !isNumber;
    const fuzzy = stem.length >= 5 && !/\p{N}/u.test(stem);
    const alternatives: Alternative[] = [[{ term: stem, prefix, fuzzy }]];
    if (prefix) highlight.prefixes.push(stem);
    else highlight.stems.push(stem);
    for (const zh of dict.enToZh.get(stem) ?? []) {
      alternatives.push(cjkAlternative(zh));
      highlight.cjk.push(zh);
    }
    concepts.push({ alternatives });
  });
  return { concepts, highlight };
}
