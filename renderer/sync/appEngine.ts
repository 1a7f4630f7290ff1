// The app's one sync engine, started on first use. Its code (with the server's schemas) loads
// after the first screen: the header reads it through syncHooks.ts, which imports it on demand.
import { db } from '../db/schema';
import { SyncEngine } from './engine';
import { defaultTokenStore } from './tokenStore';

let engine: SyncEngine | null = null;

export function appEngine(): SyncEngine {
  if (!engine) {
    engine = new SyncEngine({ db, tokens: defaultTokenStore() });
    void engine.start();
  }
  return engine;
}
