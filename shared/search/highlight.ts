// Where a row's text shows what the search matched: Latin words whose stem is a query stem (or
// starts with the word being typed), and every occurrence of the query's Chinese terms.
import type { HighlightTerms } from './queryPlan';
import { latinTerm, scan } from './tokenize';

export type Range = [start: number, end: number];

export function highlightRanges(text: string, terms: HighlightTerms): Range[] {
  const ranges: Range[] = [];
  const stems = new Set(terms.stems);
  if (stems.size > 0 || terms.prefixes.length > 0) {
    for (const token of scan(text)) {
      if (token.cjk) continue;
      const term = latinTerm(token.text);
      if (stems.has(term) || terms.prefixes.some((p) => term.startsWith(p) || token.text.toLowerCase().startsWith(p))) {
        ranges.push([token.start, token.end]);
      }
    }
  }
  for (const cjk of terms.cjk) {
    for (let at = text.indexOf(cjk); at !== -1; at = text.indexOf(cjk, at + cjk.length)) ranges.push([at, at + cjk.length]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
