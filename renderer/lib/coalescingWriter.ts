// Writes values to storage as soon as they change, without queueing every keystroke: per key, at
// most one write is in flight and at most one is pending, and the pending one is always the latest
// value. No debounce: the first change is written at once, so little is at risk if the window dies.

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface CoalescingWriter<T> {
  /** Ask for `value` to be stored under `key`; replaces any not-yet-started write for that key. */
  write(key: string, value: T): void;
  /** Start every pending write now and resolve when all writes have settled. */
  flush(): Promise<void>;
  state(): SaveState;
  subscribe(listener: (state: SaveState) => void): () => void;
}

export function createCoalescingWriter<T>(store: (value: T) => Promise<unknown>): CoalescingWriter<T> {
  const inFlight = new Map<string, Promise<void>>();
  const pending = new Map<string, T>();
  const listeners = new Set<(state: SaveState) => void>();
  let current: SaveState = 'idle';
  let failed = false;

  function setState(next: SaveState) {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener(next);
  }

  function settle() {
    if (inFlight.size > 0 || pending.size > 0) return;
    setState(failed ? 'error' : 'saved');
  }

  function start(key: string, value: T): Promise<void> {
    setState('saving');
    const run = store(value).then(
      () => {
        failed = false;
      },
      (error: unknown) => {
        failed = true;
        console.error('autosave failed', error);
      },
    );
    const tracked = run.then(() => {
      if (inFlight.get(key) === tracked) inFlight.delete(key);
      const next = pending.get(key);
      if (next !== undefined && !inFlight.has(key)) {
        pending.delete(key);
        start(key, next);
      }
      settle();
    });
    inFlight.set(key, tracked);
    return tracked;
  }

  return {
    write(key, value) {
      if (inFlight.has(key)) {
        pending.set(key, value);
        setState('saving');
      } else {
        start(key, value);
      }
    },
    async flush() {
      // IndexedDB runs read-write transactions on one store in the order they were created, so a
      // pending value may start beside the in-flight one without being overtaken by it.
      for (const [key, value] of pending) {
        pending.delete(key);
        start(key, value);
      }
      while (inFlight.size > 0) await Promise.all(inFlight.values());
    },
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
