// The one client of the sync server's HTTP API (server/PROTOCOL.md), for the sync engine and for
// every feature that asks the server something (compile's experts and lock). Bodies are checked
// with the schemas the server uses; failures become SyncHttpError (with the server's error code
// and its Retry-After) or NetworkError (no answer at all), which serverErrors.ts turns into codes
// the screens translate.
import { newExpertResponseSchema, routingSuggestionsResponseSchema, scopeImportAnswerSchema, scopesResponseSchema, type NewExpertResponse, type RoutingSuggestionsResponse, type ScopeImportAnswer } from '../../shared/sync/admin';
import { storedScopeSchema, type ScopeInput, type StoredScope } from '../../shared/routing/scope';
import {
  committeeMembersResponseSchema,
  type CommitteeMembersResponse,
  loginResponseSchema,
  PULL_NEXT_CURSOR_HEADER,
  pushGapResponseSchema,
  pushResponseSchema,
  type LoginResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import { parsePullResponse } from '../../shared/sync/pullResponse';

export type Fetch = typeof fetch;


export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** How long the server asked the client to wait before trying again (its Retry-After), if it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`HTTP ${status} ${code}`);
  }
}

/** Retry-After in milliseconds: either delay-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * A busy server (503, 429) that asks for a wait this short is waited for and asked once more, inside
 * the same call; a longer wait is left to the caller, in SyncHttpError.retryAfterMs.
 */
export const INLINE_RETRY_MAX_MS = 5_000;

export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server did not answer (offline, refused, timed out, or the answer was lost). */
export class NetworkError extends Error {}

/** A server URL the client may send a token to: https anywhere, plain http only on this machine. */
export function normalizeServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const REQUEST_TIMEOUT_MS = 30_000;

export type PushOutcome = { kind: 'ok'; response: PushResponse } | { kind: 'gap'; ackedThrough: number };

export type Member = CommitteeMembersResponse['members'][number];

export class SyncApi {
  constructor(
    readonly serverUrl: string,
    private readonly token: string | null,
    private readonly fetchImpl: Fetch = (...args) => globalThis.fetch(...args),
    private readonly wait: Sleep = sleep,
  ) {}

  private async request(path: string, init: RequestInit = {}, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Response> {
    const response = await this.send(path, init, timeoutMs);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if ((response.status === 503 || response.status === 429) && retryAfter !== null && retryAfter <= INLINE_RETRY_MAX_MS) {
      await response.body?.cancel();
      await this.wait(retryAfter);
      return this.send(path, init, timeoutMs);
    }
    return response;
  }

  private async send(path: string, init: RequestInit, timeoutMs: number): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    try {
      return await this.fetchImpl(`${this.serverUrl}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
  }

  private async json(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch (error) {
      throw new NetworkError(`unreadable answer: ${String(error)}`);
    }
  }

  private async fail(response: Response): Promise<never> {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    const code = typeof body?.error === 'string' ? body.error : `http_${response.status}`;
    throw new SyncHttpError(response.status, code, parseRetryAfter(response.headers.get('retry-after')));
  }

  /** True when the server and its database answer. */
  async health(): Promise<boolean> {
    const response = await this.request('/health', {}, 10_000);
    return response.ok;
  }

  async login(username: string, password: string): Promise<LoginResponse> {
    const response = await this.request('/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
    if (!response.ok) await this.fail(response);
    return loginResponseSchema.parse(await this.json(response));
  }

  async logout(): Promise<void> {
    const response = await this.request('/auth/logout', { method: 'POST' });
    if (!response.ok && response.status !== 401) await this.fail(response);
  }

  async push(body: PushRequest): Promise<PushOutcome> {
    const response = await this.request('/sync/push', { method: 'POST', body: JSON.stringify(body) });
    if (response.status === 409) {
      const gap = pushGapResponseSchema.safeParse(await this.json(response));
      if (gap.success) return { kind: 'gap', ackedThrough: gap.data.ackedThrough };
      throw new SyncHttpError(409, 'conflict');
    }
    if (!response.ok) await this.fail(response);
    return { kind: 'ok', response: pushResponseSchema.parse(await this.json(response)) };
  }

  /**
   * The pages after `cursor`, in order, until the server has no more. A page's headers name the
   * next cursor (PULL_NEXT_CURSOR_HEADER), so the next page is asked for while the caller reads,
   * checks and stores this one. A caller that stops early leaves at most that one unread answer,
   * whose body is dropped when it arrives.
   */
  async *pullPages(cursor: string | undefined, limit: number): AsyncGenerator<PullResponse> {
    let next: Promise<Response> | null = this.pullAnswer(cursor, limit);
    try {
      while (next) {
        const response: Response = await next;
        next = null;
        if (!response.ok) await this.fail(response);
        const ahead = response.headers.get(PULL_NEXT_CURSOR_HEADER);
        if (ahead !== null) next = this.pullAnswer(ahead, limit);
        const page = parsePullResponse(await this.json(response));
        if (ahead !== null && !(page.hasMore && page.cursor === ahead)) throw new Error(`pull page: header cursor ${ahead}, body cursor ${page.cursor}`);
        yield page;
        if (page.hasMore) next ??= this.pullAnswer(page.cursor, limit);
      }
    } finally {
      void next?.then((response) => response.body?.cancel(), () => {});
    }
  }

  private pullAnswer(cursor: string | undefined, limit: number): Promise<Response> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor) query.set('cursor', cursor);
    const answer = this.request(`/sync/pull?${query}`);
    // Asked ahead, it may fail before anyone awaits it: that is not an unhandled rejection.
    answer.catch(() => {});
    return answer;
  }

  /** The members of a committee (its secretary asks, to assign experts). */
  async committeeMembers(committeeId: string): Promise<Member[]> {
    const response = await this.request(`/committees/${encodeURIComponent(committeeId)}/members`);
    if (!response.ok) await this.fail(response);
    return committeeMembersResponseSchema.parse(await this.json(response)).members;
  }

  /** Which of the committee's experts review a notification (replaces the previous choice). */
  async assignExperts(notificationId: string, committeeId: string, expertIds: string[]): Promise<void> {
    const response = await this.request('/compilations/experts', { method: 'POST', body: JSON.stringify({ notificationId, committeeId, expertIds }) });
    if (!response.ok) await this.fail(response);
  }

  /** The secretary adds an existing expert account to her committee. */
  async addExpert(committeeId: string, username: string): Promise<void> {
    const response = await this.request(`/committees/${encodeURIComponent(committeeId)}/experts`, { method: 'POST', body: JSON.stringify({ username }) });
    if (!response.ok) await this.fail(response);
  }

  /** The secretary creates an expert account in her committee; the answer carries its one-time activation code. */
  async createExpert(committeeId: string, username: string, displayName: string): Promise<NewExpertResponse> {
    const response = await this.request(`/committees/${encodeURIComponent(committeeId)}/experts/new`, { method: 'POST', body: JSON.stringify({ username, displayName }) });
    if (!response.ok) await this.fail(response);
    return newExpertResponseSchema.parse(await this.json(response));
  }

  async removeExpert(committeeId: string, userId: string): Promise<void> {
    const response = await this.request(`/committees/${encodeURIComponent(committeeId)}/experts/${encodeURIComponent(userId)}`, { method: 'DELETE' });
    if (!response.ok) await this.fail(response);
  }

  /** Locks the compilation, so that the experts can no longer revise or withdraw its comments. */
  async lockCompilation(notificationId: string, committeeId: string): Promise<void> {
    const response = await this.request('/compilations/lock', { method: 'POST', body: JSON.stringify({ notificationId, committeeId, locked: true }) });
    if (!response.ok) await this.fail(response);
  }

  /** The admin's routing suggestions for the unassigned notifications distributed since `since` (YYYY-MM-DD). */
  async routingSuggestions(since: string): Promise<RoutingSuggestionsResponse> {
    const response = await this.request(`/admin/routing/suggestions?since=${encodeURIComponent(since)}`);
    if (!response.ok) await this.fail(response);
    return routingSuggestionsResponseSchema.parse(await this.json(response));
  }

  /** The admin assigns a notification to a committee (and optionally some of its experts). */
  async assign(notificationId: string, committeeId: string, expertIds: string[]): Promise<void> {
    const response = await this.request('/admin/assignments', { method: 'POST', body: JSON.stringify({ notificationId, committeeId, expertIds }) });
    if (!response.ok) await this.fail(response);
  }

  async setScope(committeeId: string, scope: ScopeInput): Promise<StoredScope> {
    const response = await this.request(`/admin/committees/${encodeURIComponent(committeeId)}/scope`, { method: 'PUT', body: JSON.stringify(scope) });
    if (!response.ok) await this.fail(response);
    return storedScopeSchema.parse(await this.json(response));
  }

  /** Every committee with its scope (empty where none was declared). */
  async scopes(): Promise<StoredScope[]> {
    const response = await this.request('/admin/scopes');
    if (!response.ok) await this.fail(response);
    return scopesResponseSchema.parse(await this.json(response)).scopes;
  }

  /** Uploads a scopes spreadsheet; a file with bad rows answers 422 with every problem, which is returned, not thrown. */
  async importScopes(bytes: Uint8Array<ArrayBuffer>, fileName: string, dryRun: boolean): Promise<ScopeImportAnswer> {
    const query = new URLSearchParams({ fileName, dryRun: String(dryRun) });
    const response = await this.request(`/admin/scopes?${query}`, { method: 'POST', body: bytes, headers: { 'content-type': 'application/octet-stream' } }, 5 * 60_000);
    if (!response.ok && response.status !== 422) await this.fail(response);
    return scopeImportAnswerSchema.parse(await this.json(response));
  }

  /** Downloads a file, reporting bytes received as they arrive. */
  async download(path: string, onProgress: (received: number, total: number) => void): Promise<Uint8Array<ArrayBuffer>> {
    const response = await this.request(path, {}, 10 * 60_000);
    if (!response.ok) await this.fail(response);
    const total = Number(response.headers.get('content-length') ?? 0);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress(received, total);
      }
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }
}
