// Ask the browser engine not to evict our IndexedDB under storage pressure: a reviewer's offline
// comments must not vanish. Electron grants it; a browser may ask the user or refuse.
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
