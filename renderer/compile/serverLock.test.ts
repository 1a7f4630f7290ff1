import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setState } from '../sync/syncState';
import { memoryTokenStore } from '../sync/tokenStore';
import { freshDb } from '../sync/testing';
import { lockOnServer } from './serverLock';

const SESSION = {
  serverUrl: 'http://127.0.0.1:8787',
  user: { id: 'u1', username: 'secretary', displayName: 'Wang Fang', role: 'secretary' as const, committees: [{ id: 'tc', code: 'TC-TOYS', name: 'Toys' }] },
  expiresAt: '2099-01-01T00:00:00.000Z',
};

describe('locking the compilation on the sync server after approval', () => {
  it('sends the lock with the session token to the session’s server', async () => {
    const db = freshDb();
    await setState(db, 'session', SESSION);
    const calls: { url: string; init: RequestInit }[] = [];
    const result = await lockOnServer(db, 'G/TBT/N/EU/1148', 'tc', memoryTokenStore('secret-token'), async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response(null, { status: 204 });
    });
    expect(result).toEqual({ kind: 'locked' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:8787/compilations/lock');
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer secret-token');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ notificationId: 'G/TBT/N/EU/1148', committeeId: 'tc', locked: true });
  });

  it('asks nothing without a session or token, and reports the server’s refusal or silence', async () => {
    const db = freshDb();
    const never = async (): Promise<Response> => {
      throw new Error('must not be called');
    };
    expect(await lockOnServer(db, 'N', 'tc', memoryTokenStore('t'), never)).toEqual({ kind: 'not_signed_in' });
    await setState(db, 'session', SESSION);
    expect(await lockOnServer(db, 'N', 'tc', memoryTokenStore(null), never)).toEqual({ kind: 'not_signed_in' });

    const refused = async () => new Response(JSON.stringify({ error: 'forbidden' }), { status: 403 });
    expect(await lockOnServer(db, 'N', 'tc', memoryTokenStore('t'), refused)).toEqual({ kind: 'failed', code: 'forbidden' });
    const offline = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    expect(await lockOnServer(db, 'N', 'tc', memoryTokenStore('t'), offline)).toEqual({ kind: 'failed', code: 'server_unreachable' });
  });
});
