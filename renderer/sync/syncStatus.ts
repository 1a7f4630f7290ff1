// The sync state shown before the engine has loaded its stored session: the engine starts from it,
// and the header shows it while the engine's code (with the server's schemas) is still loading.
import type { SyncStatus } from './engine';

export const STARTING_STATUS: SyncStatus = { phase: 'starting', online: true, signedIn: false, session: null, lastSyncAt: null, error: null, failures: 0, retryAt: null, download: null };
