// Text with the words the search matched marked, in the row where they were found. A narrow cell
// cuts long text at its end, so text whose first match lies far in starts just before it, after "…".
import { createContext, useContext, useMemo } from 'react';
import { highlightRanges } from '../../shared/search/highlight';
import type { HighlightTerms } from '../../shared/search/queryPlan';

export const NO_HIGHLIGHT: HighlightTerms = { stems: [], prefixes: [], cjk: [] };
export const HighlightContext = createContext<HighlightTerms>(NO_HIGHLIGHT);

/** Characters kept before the first match when the text is shown from there. */
const LEAD = 8;

export function Marked({ text: fullText }: { text: string }) {
  const terms = useContext(HighlightContext);
  const { text, ranges } = useMemo(() => {
    const found = highlightRanges(fullText, terms);
    const from = found.length > 0 && found[0]![0] > LEAD * 2 ? found[0]![0] - LEAD : 0;
    if (from === 0) return { text: fullText, ranges: found };
    return { text: `…${fullText.slice(from)}`, ranges: found.map(([a, b]) => [a - from + 1, b - from + 1] as const) };
  }, [fullText, terms]);
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
