// Text with the words the search matched marked, in the row where they were found.
import { createContext, useContext, useMemo } from 'react';
import { highlightRanges } from '../../shared/search/highlight';
import type { HighlightTerms } from '../../shared/search/queryPlan';

export const HighlightContext = createContext<HighlightTerms>({ stems: [], prefixes: [], cjk: [] });

export function Marked({ text }: { text: string }) {
  const terms = useContext(HighlightContext);
  const ranges = useMemo(() => highlightRanges(text, terms), [text, terms]);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="nl-mark" data-testid="search-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
