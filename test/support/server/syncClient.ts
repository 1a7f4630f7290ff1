// A tiny headless sync client for fault tests and benchmarks (not the renderer's engine): an outbox
// of mutations with increasing ids, a pull cursor, and the state it pulled. Its state lives in
// memory, as if each step were saved atomically on the device.
import { randomUUID } from 'node:crypto';
import { PULL_NEXT_CURSOR_HEADER, pushResponseSchema, type Change, type LoginResponse, type Mutation, type ServerComment } from '../../../shared/sync/protocol';
import { parsePullResponse } from '../../../shared/sync/pullResponse';
import type { Comment } from '../../../shared/domain/comment';

export class HttpStatusError extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

export class SyncClient {
  readonly clientId = randomUUID();
  token = '';
  user: LoginResponse['user'] | null = null;
  outbox: Mutation[] = [];
  nextId = 1;
  cursor = '';
  /** Pulled state: the newest server version of each comment, and the notifications by id. */
  comments = new Map<string, ServerComment>();
  notifications = new Map<string, { committeeId: string }>();
  /** How many comment changes arrived per comment (a comment pushed once has one). */
  commentChangeCounts = new Map<string, number>();
  pushes = 0;

  constructor(public baseUrl: () => string, readonly username: string, readonly password: string) {}

  /**
   * Pull and push are both safe to repeat (a push is replayed by its mutation ids). A kept-alive
   * socket the server closed just as this process (late, under load) reused it fails before any
   * answer: undici gives UND_ERR_SOCKET or ECONNRESET; that request is sent once more, on a new socket.
   */
  private async request(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await this.send(method, path, body);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
      return this.send(method, path, body);
    }
  }

  private send(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.baseUrl()}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  }

  async login(): Promise<void> {
    const response = await this.request('POST', '/auth/login', { username: this.username, password: this.password });
    if (!response.ok) throw new HttpStatusError(response.status, await response.text());
    const body = (await response.json()) as LoginResponse;
    this.token = body.token;
    this.user = body.user;
  }

  /** Queues a finished comment (a new one unless baseVersion is given). */
  put(comment: Comment, committeeId: string, baseVersion: number | null = null): void {
    this.outbox.push({ id: this.nextId++, op: 'comment.put', committeeId, baseVersion, comment });
  }

  /** The next push body: the oldest outbox entries. */
  nextPush(max = 200): { clientId: string; mutations: Mutation[] } {
    return { clientId: this.clientId, mutations: this.outbox.slice(0, max) };
  }

  /** Sends one push; drops acknowledged entries. `loseResponse`: the server answers but the client never learns. */
  async pushOnce(options: { max?: number; loseResponse?: boolean; body?: { clientId: string; mutations: Mutation[] } } = {}): Promise<number> {
    const body = options.body ?? this.nextPush(options.max);
    if (!body.mutations.length) return 0;
    const response = await this.request('POST', '/sync/push', body);
    this.pushes++;
    const text = await response.text();
    if (options.loseResponse) throw new Error('response lost');
    if (response.status === 409) {
      const { ackedThrough } = JSON.parse(text) as { ackedThrough: number };
      this.acknowledge(ackedThrough);
      return ackedThrough;
    }
    if (!response.ok) throw new HttpStatusError(response.status, text);
    const parsed = pushResponseSchema.parse(JSON.parse(text));
    this.acknowledge(parsed.ackedThrough);
    return parsed.ackedThrough;
  }

  private acknowledge(ackedThrough: number): void {
    this.outbox = this.outbox.filter((m) => m.id > ackedThrough);
  }

  apply(change: Change): void {
    if (change.kind === 'comment') {
      this.comments.set(change.entityId, change.data);
      this.commentChangeCounts.set(change.entityId, (this.commentChangeCounts.get(change.entityId) ?? 0) + 1);
    }
    if (change.kind === 'notification') this.notifications.set(change.entityId, { committeeId: change.data.committeeId });
  }

  /**
   * Pulls until the server has nothing more; returns the number of changes. As the app does, it asks
   * for the next page as soon as a page's headers name its cursor, while it reads this one.
   */
  async pullAll(limit = 500): Promise<number> {
    const ask = (cursor: string) => {
      const answer = this.request('GET', `/sync/pull?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      answer.catch(() => {}); // asked ahead, it may fail before it is awaited
      return answer;
    };
    let count = 0;
    let next: Promise<Response> | null = ask(this.cursor);
    try {
      while (next) {
        const response: Response = await next;
        next = null;
        if (!response.ok) throw new HttpStatusError(response.status, await response.text());
        const ahead = response.headers.get(PULL_NEXT_CURSOR_HEADER);
        if (ahead !== null) next = ask(ahead);
        const page = parsePullResponse(await response.json());
        if (ahead !== null && !(page.hasMore && page.cursor === ahead)) throw new Error(`pull page: header cursor ${ahead}, body cursor ${page.cursor}`);
        page.changes.forEach((change) => this.apply(change));
        this.cursor = page.cursor;
        count += page.changes.length;
        if (page.hasMore) next ??= ask(page.cursor);
      }
      return count;
    } finally {
      // A page asked for ahead and not read (an error stopped the pull): release its connection.
      void next?.then((response) => response.body?.cancel(), () => {});
    }
  }

  /** Pushes the whole outbox, then pulls; retries failures (server down, 503) up to `attempts` times with backoff. */
  async sync(attempts = 40): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        while (this.outbox.length) await this.pushOnce();
        await this.pullAll();
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2)));
      }
    }
  }
}
