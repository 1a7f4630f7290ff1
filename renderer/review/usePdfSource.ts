// Loads a stored PDF's bytes (db.files, keyed by sha256) for a viewer.
import { useEffect, useState } from 'react';
import { db } from '../db/schema';
import type { PdfSource } from '../pdf';

export type PdfSourceState = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; source: PdfSource };

export function usePdfSource(sha256: string | null, fileName: string): PdfSourceState {
  const [loaded, setLoaded] = useState<{ sha256: string; result: PdfSourceState } | null>(null);
  useEffect(() => {
    if (!sha256) return;
    let cancelled = false;
    void (async () => {
      const file = await db.files.get(sha256);
      const result: PdfSourceState = file
        ? { state: 'ready', source: { bytes: new Uint8Array(await file.bytes.arrayBuffer()), sha256, fileName } }
        : { state: 'missing' };
      if (!cancelled) setLoaded({ sha256, result });
    })();
    return () => {
      cancelled = true;
    };
  }, [sha256, fileName]);
  if (!sha256) return { state: 'missing' };
  return loaded?.sha256 === sha256 ? loaded.result : { state: 'loading' };
}
