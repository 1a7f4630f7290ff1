import { describe, expect, it } from 'vitest';
import { INLINE_RETRY_MAX_MS, NetworkError, parseRetryAfter, SyncApi, SyncHttpError } from './api';
import { SERVER_ERROR_CODES, serverErrorCode } from './serverCall';
import { PULL_NEXT_CURSOR_HEADER } from '../../shared/sync/protocol';

const PULL = { changes: [], cursor: 'c1', hasMore: false };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The first page of a pull from the start. */
async function firstPage(api: SyncApi) {
  for await (const page of api.pullPages(undefined, 100)) return page;
  throw new Error('no page');
}

/** A server that answers from `answers` in turn; records each request and each wait. */
function scripted(...answers: Response[]) {
  const requests: string[] = [];
  const waits: number[] = [];
  const api = new SyncApi(
    'http://127.0.0.1:8787',
    'token',
    async (url) => {
      requests.push(String(url));
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return next;
    },
    async (ms) => {
      waits.push(ms);
    },
  );
  return { api, requests, waits };
}

describe('the server client honours Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-01T01:00:00Z');
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 01:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 00:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('a busy server that asks for a short wait is waited for and asked once more', async () => {
    const { api, requests, waits } = scripted(json(503, { error: 'try_again' }, { 'retry-after': '1' }), json(200, PULL));
    expect(await firstPage(api)).toEqual(PULL);
    expect(waits).toEqual([1000]);
    expect(requests).toHaveLength(2);
  });

  it('asks only once more: a second refusal reaches the caller with the wait the server asked for', async () => {
    const { api, requests } = scripted(json(503, { error: 'try_again' }, { 'retry-after': '1' }), json(503, { error: 'try_again' }, { 'retry-after': '2' }));
    const failure = await firstPage(api).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncHttpError);
    expect(failure).toMatchObject({ status: 503, code: 'try_again', retryAfterMs: 2000 });
    expect(requests).toHaveLength(2);
  });

  it('a long wait (too many sign-ins) is not waited for here: the caller learns how long to wait', async () => {
    const { api, requests, waits } = scripted(json(429, { error: 'too_many_attempts' }, { 'retry-after': '900' }));
    const failure = await api.login('reviewera', 'wrong').catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterMs: 900_000 });
    expect(900_000).toBeGreaterThan(INLINE_RETRY_MAX_MS);
    expect(waits).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('a refusal without Retry-After is not repeated', async () => {
    const { api, requests } = scripted(json(503, { error: 'unavailable' }));
    await expect(firstPage(api)).rejects.toMatchObject({ status: 503, retryAfterMs: null });
    expect(requests).toHaveLength(1);
  });
});

describe('pulling page after page', () => {
  const page = (cursor: string, hasMore: boolean, next: string | null = hasMore ? cursor : null) =>
    json(200, { changes: [], cursor, hasMore }, next === null ? {} : { [PULL_NEXT_CURSOR_HEADER]: next });

  it('asks for the next page as soon as a page’s headers name its cursor, before that page is read', async () => {
    const { api, requests } = scripted(page('c1', true), page('c2', true), page('c3', false));
    const seen: string[] = [];
    for await (const { cursor } of api.pullPages('c0', 100)) {
      seen.push(cursor);
      // While the caller stores page n, page n + 1 is already on its way.
      expect(requests).toHaveLength(Math.min(seen.length + 1, 3));
    }
    expect(seen).toEqual(['c1', 'c2', 'c3']);
    expect(requests.map((url) => new URL(url).searchParams.get('cursor'))).toEqual(['c0', 'c1', 'c2']);
  });

  it('from a server that sends no such header, asks for each page after reading the one before', async () => {
    const { api, requests } = scripted(page('c1', true, null), page('c2', false));
    const seen: string[] = [];
    for await (const { cursor } of api.pullPages(undefined, 100)) {
      seen.push(cursor);
      expect(requests).toHaveLength(seen.length);
    }
    expect(seen).toEqual(['c1', 'c2']);
  });

  it('refuses a page whose body does not carry the cursor its headers announced', async () => {
    const { api } = scripted(page('c1', true, 'c9'), page('c2', false));
    const failure = await firstPage(api).catch((error: unknown) => error);
    expect(serverErrorCode(failure)).toBe('bad_answer');
  });
});

describe('the server’s failures become the codes the screens translate', () => {
  it('maps silence, refusals and unreadable answers', () => {
    expect(serverErrorCode(new NetworkError('Failed to fetch'))).toBe('server_unreachable');
    expect(serverErrorCode(new SyncHttpError(503, 'try_again', 1000))).toBe('server_unavailable');
    expect(serverErrorCode(new SyncHttpError(401, 'unauthorized'))).toBe('session_expired');
    expect(serverErrorCode(new SyncHttpError(403, 'forbidden'))).toBe('forbidden');
    expect(serverErrorCode(new SyncHttpError(404, 'not_assigned'))).toBe('not_assigned');
    expect(serverErrorCode(new SyncHttpError(429, 'too_many_attempts', 900_000))).toBe('too_many_attempts');
    expect(serverErrorCode(new SyncHttpError(500, 'http_500'))).toBe('server_error');
    expect(serverErrorCode(new SyntaxError('Unexpected token'))).toBe('bad_answer');
  });

  it('every code has words in both languages', async () => {
    const { syncLocales } = await import('./locales');
    for (const language of ['en', 'zh-CN'] as const) {
      const words = (syncLocales[language] as { serverErrors: Record<string, string> }).serverErrors;
      expect(Object.keys(words).sort()).toEqual([...SERVER_ERROR_CODES].sort());
    }
  });
});
