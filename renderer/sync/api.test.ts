import { describe, expect, it } from 'vitest';
import { INLINE_RETRY_MAX_MS, NetworkError, parseRetryAfter, SyncApi, SyncHttpError } from './api';
import { SERVER_ERROR_CODES, serverErrorCode } from './serverCall';

const PULL = { changes: [], cursor: 'c1', hasMore: false };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

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
    expect(await api.pull(undefined, 100)).toEqual(PULL);
    expect(waits).toEqual([1000]);
    expect(requests).toHaveLength(2);
  });

  it('asks only once more: a second refusal reaches the caller with the wait the server asked for', async () => {
    const { api, requests } = scripted(json(503, { error: 'try_again' }, { 'retry-after': '1' }), json(503, { error: 'try_again' }, { 'retry-after': '2' }));
    const failure = await api.pull(undefined, 100).catch((error: unknown) => error);
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
    await expect(api.pull(undefined, 100)).rejects.toMatchObject({ status: 503, retryAfterMs: null });
    expect(requests).toHaveLength(1);
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
