// Guards the client id against a restored backup. This device notes, outside IndexedDB (so that a
// restore does not bring an old note back), its client id and the last mutation id the server
// acknowledged. The store's client id is trusted only if the note names it and the oldest id
// still to be sent (or, with nothing waiting, the next id to be given) is past the acknowledged one. Otherwise the store was restored (or copied to a new
// laptop) and would reuse mutation ids the server has already applied, which the server would
// take for the old changes: a new client id is made instead.
export interface DeviceNote {
  clientId: string;
  acked: number;
}

export interface DeviceMarker {
  get(): DeviceNote | null;
  set(note: DeviceNote): void;
}

const KEY = 'tbt.sync.device';

export function localStorageMarker(): DeviceMarker | null {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  if (!storage) return null;
  return {
    get() {
      try {
        const note = JSON.parse(storage.getItem(KEY) ?? 'null') as DeviceNote | null;
        return note && typeof note.clientId === 'string' && typeof note.acked === 'number' ? note : null;
      } catch {
        return null;
      }
    },
    set: (note) => storage.setItem(KEY, JSON.stringify(note)),
  };
}

export function memoryMarker(): DeviceMarker {
  let value: DeviceNote | null = null;
  return { get: () => value, set: (note) => (value = note) };
}

/** May the store's client id and counter be used as they are? */
export function trusted(note: DeviceNote | null, clientId: string, oldestUnsentId: number): boolean {
  return note !== null && note.clientId === clientId && oldestUnsentId > note.acked;
}
