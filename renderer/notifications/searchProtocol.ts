// Messages between the list screen and the search worker.

export type ToSearchWorker =
  /** The notifications changed (or the screen opened): bring the index up to date. */
  | { type: 'sync'; count: number; lastUpdatedAt: string }
  | { type: 'search'; requestId: number; query: string };

export type FromSearchWorker =
  | { type: 'ready'; size: number; source: 'stored' | 'built' | 'synced' }
  | { type: 'results'; requestId: number; query: string; ids: string[] }
  | { type: 'error'; message: string };
