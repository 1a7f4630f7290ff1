// Talks to the search worker: tells it when the notifications changed and asks it for the ids
// matching the query. Until the index is ready the list shows every row and says "indexing…".
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FromSearchWorker, ToSearchWorker } from './searchProtocol';

export interface SearchState {
  /** Ids found for the current query; null when there is no query or no answer yet. */
  ids: ReadonlySet<string> | null;
  /** A query is waiting for its answer. */
  searching: boolean;
  indexing: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 120;

export function useSearchWorker(query: string, dataState: string | null): SearchState {
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ query: string; ids: string[] } | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (message.type === 'ready') setReady(true);
      else if (message.type === 'error') setError(message.message);
      else if (message.requestId === requestRef.current) setResult({ query: message.query, ids: message.ids });
    };
    worker.onerror = (event) => setError(event.message || 'worker error');
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (dataState === null || !workerRef.current) return;
    const [count, lastUpdatedAt] = dataState.split('|');
    const message: ToSearchWorker = { type: 'sync', count: Number(count), lastUpdatedAt: lastUpdatedAt ?? '' };
    workerRef.current.postMessage(message);
  }, [dataState]);

  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    const requestId = ++requestRef.current;
    const timer = setTimeout(() => {
      const message: ToSearchWorker = { type: 'search', requestId, query: trimmed };
      workerRef.current?.postMessage(message);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, ready, dataState]);

  // While the answer to a new query is on its way, the previous answer stays on screen.
  const ids = useMemo(() => (result ? new Set(result.ids) : null), [result]);
  return {
    ids: trimmed && ready ? ids : null,
    searching: Boolean(trimmed) && result?.query !== trimmed,
    indexing: !ready,
    error,
  };
}
