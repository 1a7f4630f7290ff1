// Find in document (pdf.js's PDFFindController): the search (useFind), its matches per page for
// the pages to paint, and bringing the current match into view when the user moves to it.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ViewRect } from '../../shared/anchoring/geometry';
import type { TextRange } from '../../shared/anchoring/quote';
import type { PageSize } from './layout';
import type { TextStore } from './textStore';
import { useFind, type FindMatch } from './useFind';

export interface FindControllerInput {
  store: TextStore;
  pageCount: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  tops: readonly number[];
  sizes: readonly PageSize[];
  goToPage: (pageIndex: number) => void;
  scrollToY: (y: number) => void;
}

export function useFindController({ store, pageCount, scrollRef, tops, sizes, goToPage, scrollToY }: FindControllerInput) {
  const { query, setQuery, find, next, previous } = useFind(store, pageCount);

  const matchesByPage = useMemo(() => {
    const map = new Map<number, TextRange[]>();
    for (const m of find.matches) map.set(m.pageIndex, [...(map.get(m.pageIndex) ?? []), m.range]);
    return map;
  }, [find.matches]);
  const currentMatch: FindMatch | null = find.current >= 0 ? (find.matches[find.current] ?? null) : null;

  useEffect(() => {
    if (!currentMatch) return;
    // Bring the match's page near; the page then reveals the match itself (revealMatch).
    const element = scrollRef.current;
    const top = tops[currentMatch.pageIndex];
    if (!element || top === undefined) return;
    const height = sizes[currentMatch.pageIndex]!.height;
    if (top + height < element.scrollTop || top > element.scrollTop + element.clientHeight) goToPage(currentMatch.pageIndex);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [find.nonce]);

  /** Called by the page that shows the current match: scrolls to it once per move. */
  const revealedNonce = useRef(-1);
  const revealMatch = useCallback(
    (pageIndex: number, rect: ViewRect) => {
      if (revealedNonce.current === find.nonce) return;
      revealedNonce.current = find.nonce;
      const element = scrollRef.current;
      const top = tops[pageIndex];
      if (!element || top === undefined) return;
      const y = top + rect.top;
      if (y < element.scrollTop + 8 || y + rect.height > element.scrollTop + element.clientHeight - 8) scrollToY(y - element.clientHeight / 3);
    },
    [find.nonce, scrollRef, tops, scrollToY],
  );

  return { query, setQuery, find, next, previous, matchesByPage, currentMatch, revealMatch };
}
