// The sync engine: whenever a connection exists it pushes the outbox, then pulls changes page by
// page, then downloads the PDFs still missing. It starts by itself (at start, when the network
// comes back, when something is queued, and every few minutes), retries failures with
// exponential backoff and jitter, and resumes after a restart from the durable outbox and cursor.
import { liveQuery, type Subscription } from 'dexie';
import { DEFAULT_PULL_LIMIT } from '../../shared/sync/protocol';
import type { ReviewDb } from '../db/schema';
import { NetworkError, normalizeServerUrl, SyncApi, SyncHttpError, type Fetch } from './api';
import { backoffDelay } from './backoff';
import { serverErrorCode } from './serverCall';
import { ChecksumError, downloadPendingFiles, type DownloadProgress } from './downloads';
import { applyPulledPage } from './pull';
import { applyPushResults, renumberOutbox, takeBatch, toMutations } from './push';
import { clearState, getState, setState, type SessionInfo } from './syncState';
import type { TokenStore } from './tokenStore';
import { localStorageMarker, trusted, type DeviceMarker } from './deviceMarker';
import { STARTING_STATUS } from './syncStatus';

export type SyncPhase = 'starting' | 'signed_out' | 'offline' | 'pushing' | 'pulling' | 'downloading' | 'idle' | 'retrying';

/** Why the last attempt failed, in codes the UI translates. */
export type SyncErrorCode = 'server_unreachable' | 'server_unavailable' | 'session_expired' | 'client_taken' | 'server_error' | 'checksum' | 'bad_answer';

export type SignInErrorCode = 'invalid_url' | 'invalid_credentials' | 'account_disabled' | 'too_many_attempts' | 'server_unreachable' | 'server_error' | 'other_user_outbox';

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    readonly detail?: string,
  ) {
    super(code);
  }
}

export interface SyncStatus {
  phase: SyncPhase;
  /** What the operating system says about the network. */
  online: boolean;
  signedIn: boolean;
  /** The last session (kept after signing out, to fill in the sign-in form). */
  session: SessionInfo | null;
  lastSyncAt: string | null;
  error: SyncErrorCode | null;
  failures: number;
  retryAt: string | null;
  download: DownloadProgress | null;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface EngineOptions {
  db: ReviewDb;
  tokens: TokenStore;
  fetch?: Fetch;
  random?: () => number;
  isOnline?: () => boolean;
  /** Where online/offline events come from (the window); null in tests. */
  events?: EventTarget | null;
  timers?: Timers;
  /** How often to sync when nothing happens. */
  periodMs?: number;
  pullLimit?: number;
  /** Watch the outbox and sync as soon as something is queued. */
  watchOutbox?: boolean;
  /** This device's note of its client id (see deviceMarker.ts); null to trust the store. */
  marker?: DeviceMarker | null;
}

class SignedOut extends Error {}

const realTimers: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export class SyncEngine {
  private readonly db: ReviewDb;
  private readonly tokens: TokenStore;
  private readonly fetchImpl: Fetch | undefined;
  private readonly random: () => number;
  private readonly isOnline: () => boolean;
  private readonly events: EventTarget | null;
  private readonly timers: Timers;
  private readonly periodMs: number;
  private readonly pullLimit: number;
  private readonly watchOutbox: boolean;
  private readonly marker: DeviceMarker | null;

  private status: SyncStatus = STARTING_STATUS;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: unknown = null;
  private outboxWatch: Subscription | null = null;
  private started = false;
  private stopped = false;

  constructor(options: EngineOptions) {
    this.db = options.db;
    this.tokens = options.tokens;
    this.fetchImpl = options.fetch;
    this.random = options.random ?? Math.random;
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
    this.events = options.events === undefined ? ((globalThis as { window?: EventTarget }).window ?? null) : options.events;
    this.timers = options.timers ?? realTimers;
    this.periodMs = options.periodMs ?? 2 * 60_000;
    this.pullLimit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
    this.watchOutbox = options.watchOutbox ?? true;
    this.marker = options.marker === undefined ? localStorageMarker() : options.marker;
  }

  // ---- state for the UI ----

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: (status: SyncStatus) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }

  // ---- lifecycle ----

  /** Loads the stored session and syncs at once if there is one and a connection. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const [session, lastSyncAt, token] = await Promise.all([getState(this.db, 'session'), getState(this.db, 'lastSyncAt'), this.readToken()]);
    this.update({ session: session ?? null, lastSyncAt: lastSyncAt ?? null, signedIn: Boolean(session && token), online: this.isOnline() });
    this.events?.addEventListener('online', this.onOnline);
    this.events?.addEventListener('offline', this.onOffline);
    if (this.watchOutbox) {
      let last = -1;
      this.outboxWatch = liveQuery(() => this.db.outbox.count()).subscribe((count) => {
        // Something new was queued: send it now, unless a retry is already scheduled.
        if (count > last && last !== -1 && this.status.phase !== 'retrying') void this.requestSync();
        last = count;
      });
    }
    void this.requestSync();
  }

  stop(): void {
    this.started = false;
    this.stopped = true;
    this.events?.removeEventListener('online', this.onOnline);
    this.events?.removeEventListener('offline', this.onOffline);
    this.outboxWatch?.unsubscribe();
    this.outboxWatch = null;
    this.clearTimer();
  }

  private onOnline = () => {
    this.update({ online: true, failures: 0 });
    void this.requestSync();
  };

  private onOffline = () => {
    this.update({ online: false });
    if (!this.running) this.update({ phase: 'offline' });
  };

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.requestSync();
    }, ms);
  }

  /** The stored token; none if the keychain cannot be read (then the user signs in again). */
  private async readToken(): Promise<string | null> {
    try {
      return await this.tokens.get();
    } catch (error) {
      console.error('cannot read the session token', error);
      return null;
    }
  }

  // ---- signing in and out ----

  async signIn(serverUrlInput: string, username: string, password: string): Promise<void> {
    const serverUrl = normalizeServerUrl(serverUrlInput);
    if (!serverUrl) throw new SignInError('invalid_url');
    const api = new SyncApi(serverUrl, null, this.fetchImpl);
    let login;
    try {
      login = await api.login(username, password);
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'invalid_credentials') throw new SignInError('invalid_credentials');
      if (error instanceof SyncHttpError && error.code === 'too_many_attempts') throw new SignInError('too_many_attempts');
      if (error instanceof SyncHttpError && error.code === 'account_disabled') throw new SignInError('account_disabled');
      if (error instanceof NetworkError) throw new SignInError('server_unreachable');
      throw new SignInError('server_error');
    }
    const db = this.db;
    const tables = [db.syncState, db.outbox, db.commentBases, db.conflicts, db.remoteComments, db.assignments, db.pendingFiles];
    // A client id made here is vouched for in this device's note; one found in the store is not
    // (it may come from a restored backup), and is checked before the first push.
    let madeClientId: string | null = null;
    try {
      await db.transaction('rw', tables, async () => {
        const owner = await getState(db, 'ownerId');
        const previous = await getState(db, 'session');
        if (owner && owner !== login.user.id) {
          const waiting = await db.outbox.count();
          // Another person's finished comments wait here: they must be sent under their name first.
          if (waiting > 0) throw new SignInError('other_user_outbox', previous?.user.username ?? '');
        }
        if (owner !== login.user.id || previous?.serverUrl !== serverUrl) {
          // Another user or another server: start afresh with no cursor (and for another user, a new client id).
          await Promise.all([db.commentBases.clear(), db.conflicts.clear(), db.remoteComments.clear(), db.assignments.clear(), db.pendingFiles.clear()]);
          await clearState(db, 'cursor');
          await clearState(db, 'rejections');
        }
        if (owner !== login.user.id || !(await getState(db, 'clientId'))) {
          madeClientId = crypto.randomUUID();
          await setState(db, 'clientId', madeClientId);
          if ((await db.outbox.count()) === 0) await setState(db, 'nextMutationId', 1);
        }
        await setState(db, 'ownerId', login.user.id);
        await setState(db, 'session', { serverUrl, user: login.user, expiresAt: login.expiresAt });
      });
    } catch (error) {
      await api.logout().catch(() => {});
      throw error;
    }
    if (madeClientId) this.marker?.set({ clientId: madeClientId, acked: 0 });
    await this.tokens.set(login.token);
    this.update({ session: { serverUrl, user: login.user, expiresAt: login.expiresAt }, signedIn: true, error: null, failures: 0 });
    await this.requestSync();
  }

  /** Revokes the token on the server (when reachable) and forgets it here. The outbox stays. */
  async signOut(): Promise<void> {
    const session = this.status.session;
    const token = await this.readToken();
    if (session && token) await new SyncApi(session.serverUrl, token, this.fetchImpl).logout().catch(() => {});
    await this.tokens.clear();
    this.clearTimer();
    this.update({ signedIn: false, phase: 'signed_out', error: null, retryAt: null, failures: 0 });
  }

  // ---- syncing ----

  /** Runs a sync round now (or right after the one in progress). */
  requestSync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Syncs now, forgetting any wait after failures ("Sync now" button). */
  syncNow(): Promise<void> {
    this.update({ failures: 0 });
    return this.requestSync();
  }

  /** Runs rounds while someone asked for one during the last (sign-in, network back, a new change). */
  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.cycle();
    } while (this.again);
  }

  private async cycle(): Promise<void> {
    this.clearTimer();
    const session = await getState(this.db, 'session');
    const token = await this.readToken();
    if (!session || !token) {
      this.update({ phase: 'signed_out', signedIn: false, session: session ?? null });
      return;
    }
    if (!this.isOnline()) {
      this.update({ phase: 'offline', online: false });
      return;
    }
    this.update({ online: true });
    try {
      await this.syncOnce(new SyncApi(session.serverUrl, token, this.fetchImpl), session);
      const now = new Date().toISOString();
      await setState(this.db, 'lastSyncAt', now);
      this.update({ phase: 'idle', lastSyncAt: now, error: null, failures: 0, retryAt: null, download: null });
      this.schedule(this.periodMs);
    } catch (error) {
      if (error instanceof SignedOut) {
        await this.tokens.clear();
        this.update({ phase: 'signed_out', signedIn: false, error: 'session_expired', retryAt: null, download: null });
        return;
      }
      const failures = this.status.failures + 1;
      // The server's Retry-After, when it gave one, is the least we wait.
      const delay = Math.max(backoffDelay(failures, this.random), error instanceof SyncHttpError ? (error.retryAfterMs ?? 0) : 0);
      this.update({ phase: 'retrying', error: errorCode(error), failures, retryAt: new Date(Date.now() + delay).toISOString(), download: null });
      if (!(error instanceof NetworkError) && !(error instanceof SyncHttpError) && !(error instanceof ChecksumError)) console.error('sync failed', error);
      this.schedule(delay);
      return;
    }
  }

  /** One round: health probe, push everything, pull everything, download missing files. Throws on failure. */
  private async syncOnce(api: SyncApi, session: SessionInfo): Promise<void> {
    try {
      if (!(await api.health())) throw new SyncHttpError(503, 'unavailable');
      this.update({ phase: 'pushing' });
      await this.pushAll(api, session);
      this.update({ phase: 'pulling' });
      await this.pullAll(api, session.user.id);
      if ((await this.db.pendingFiles.count()) > 0) {
        this.update({ phase: 'downloading' });
        await downloadPendingFiles(this.db, api, (download) => this.update({ download }));
      }
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 401) throw new SignedOut();
      throw error;
    }
  }

  private async pushAll(api: SyncApi, session: SessionInfo): Promise<void> {
    const clientId = await this.deviceClientId();
    const committees = session.user.committees.map((c) => c.id);
    for (let round = 0; ; round++) {
      const batch = await takeBatch(this.db);
      if (batch.length === 0) return;
      const mutations = await toMutations(this.db, batch, committees);
      const outcome = await api.push({ clientId, mutations });
      if (outcome.kind === 'gap') {
        if (round > 3) throw new SyncHttpError(409, 'mutation_gap');
        await renumberOutbox(this.db, outcome.ackedThrough);
        continue;
      }
      await applyPushResults(this.db, outcome.response.ackedThrough, outcome.response.results);
      this.marker?.set({ clientId, acked: outcome.response.ackedThrough });
      if (outcome.response.ackedThrough < batch[0]!.id) throw new SyncHttpError(500, 'not_acknowledged');
    }
  }

  /** The store's client id if this device's note vouches for it; a new one for a restored or copied store. */
  private async deviceClientId(): Promise<string> {
    const db = this.db;
    const marker = this.marker;
    return db.transaction('rw', db.syncState, db.outbox, async () => {
      const stored = await getState(db, 'clientId');
      const oldestWaiting = (await db.outbox.orderBy('id').first())?.id ?? (await getState(db, 'nextMutationId')) ?? 1;
      if (stored && (!marker || trusted(marker.get(), stored, oldestWaiting))) return stored;
      const fresh = crypto.randomUUID();
      await setState(db, 'clientId', fresh);
      marker?.set({ clientId: fresh, acked: 0 });
      return fresh;
    });
  }

  private async pullAll(api: SyncApi, userId: string): Promise<void> {
    for await (const page of api.pullPages(await getState(this.db, 'cursor'), this.pullLimit)) {
      await applyPulledPage(this.db, page.changes, page.cursor, userId);
    }
  }
}

function errorCode(error: unknown): SyncErrorCode {
  if (error instanceof ChecksumError) return 'checksum';
  if (error instanceof SyncHttpError && error.code === 'client_taken') return 'client_taken';
  const code = serverErrorCode(error);
  return code === 'server_unreachable' || code === 'server_unavailable' || code === 'bad_answer' ? code : 'server_error';
}
