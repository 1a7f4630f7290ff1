// Find in document: searches every page's text (normalised, so CJK matches despite the spaces
// pdf.js puts between glyphs), page by page, and keeps the current match.
import { useCallback, useEffect, useState } from 'react';
import { findAll, type TextRange } from '../../shared/anchoring/quote';
import type { TextStore } from './textStore';

export interface FindMatch {
  pageIndex: number;
  range: TextRange;
}

export interface FindState {
  query: string;
  searching: boolean;
  /** Matches per page, in page order. */
  matches: FindMatch[];
  current: number;
  /** Changes each time the user moves to a match, to scroll to it again. */
  nonce: number;
}

export function useFind(store: TextStore | null, pageCount: number) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<FindState>({ query: '', searching: false, matches: [], current: -1, nonce: 0 });

  useEffect(() => {
    const trimmed = query.trim();
    if (!store || !trimmed) {
      setState((s) => ({ ...s, query: '', searching: false, matches: [], current: -1 }));
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, query: trimmed, searching: true, matches: [], current: -1 }));
      const found: FindMatch[] = [];
      for (let pageIndex = 0; pageIndex < pageCount && !cancelled; pageIndex++) {
        const { pageText } = await store.get(pageIndex).catch(() => ({ pageText: { text: '' } }));
        for (const range of findAll(pageText.text, trimmed)) found.push({ pageIndex, range });
        // Show the first match as soon as there is one, then the count as it grows.
        if (!cancelled && (pageIndex % 10 === 9 || pageIndex === pageCount - 1 || (found.length > 0 && found.length <= 3))) {
          const snapshot = found.slice();
          setState((s) => ({
            ...s,
            matches: snapshot,
            current: s.current === -1 && snapshot.length > 0 ? 0 : s.current,
            nonce: s.current === -1 && snapshot.length > 0 ? s.nonce + 1 : s.nonce,
          }));
        }
      }
      if (!cancelled) setState((s) => ({ ...s, searching: false }));
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [store, query, pageCount]);

  const step = useCallback((delta: number) => {
    setState((s) => {
      if (s.matches.length === 0) return s;
      const current = (s.current + delta + s.matches.length) % s.matches.length;
      return { ...s, current, nonce: s.nonce + 1 };
    });
  }, []);

  return { query, setQuery, find: state, next: () => step(1), previous: () => step(-1) };
}
