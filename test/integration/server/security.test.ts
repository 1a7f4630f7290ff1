// Every route checks the token and the role. One test per route, each trying every role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, newClientId, startHarness, type Harness } from '../../support/server/harness';
import { finishedComment, N_A, PASSWORD } from '../../support/server/world';
import { tinyPdf } from '../../../server/services/seed';
import { createHash } from 'node:crypto';

type Who = 'reviewerA' | 'reviewerB' | 'secretaryA' | 'secretaryB' | 'officer' | 'admin';
const EVERYONE: Who[] = ['reviewerA', 'reviewerB', 'secretaryA', 'secretaryB', 'officer', 'admin'];

describe('routes check the token and the role (PGlite)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite');
  });
  afterAll(async () => h?.close());

  const status = async (who: Who | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await h.app.inject({ method, url, headers: { ...(who ? auth(h.tokens[who]) : {}), ...headers }, ...(payload === undefined ? {} : { payload: payload as string }) });
    return response.statusCode;
  };
  const byRole = async (request: (who: Who) => Promise<number>) => Object.fromEntries(await Promise.all(EVERYONE.map(async (who) => [who, await request(who)])));

  it('without a token (or with a made-up one) every protected route answers 401', async () => {
    const routes: [string, string][] = [
      ['GET', '/me'], ['POST', '/auth/logout'], ['GET', '/sync/pull'], ['POST', '/sync/push'], ['POST', '/compilations/lock'],
      ['GET', `/documents/${h.world.documentA}/content`], ['GET', '/standards/x/content'], ['POST', '/admin/users'], ['POST', '/admin/committees'],
      ['POST', '/admin/committees/x/members'], ['POST', '/admin/notifications/import?fileName=a.csv'], ['POST', '/admin/notifications/x/documents?fileName=a.pdf'],
      ['POST', '/admin/standards?identifier=a&fileName=a.pdf'], ['POST', '/admin/assignments'], ['DELETE', '/admin/assignments'],
      ['POST', '/admin/scopes?fileName=a.csv'], ['GET', '/admin/scopes'], ['PUT', '/admin/committees/x/scope'], ['GET', '/admin/routing/suggestions?since=2026-01-01'],
    ];
    for (const [method, url] of routes) {
      expect(await status(null, method as 'GET', url), `${method} ${url}`).toBe(401);
      expect(await status(null, method as 'GET', url, undefined, { authorization: 'Bearer forged-token' }), `${method} ${url}`).toBe(401);
    }
  });

  it('committee scopes and routing suggestions: the admin only', async () => {
    const onlyAdmin = { reviewerA: 403, reviewerB: 403, secretaryA: 403, secretaryB: 403, officer: 403, admin: 200 };
    expect(await byRole((who) => status(who, 'GET', '/admin/scopes'))).toEqual(onlyAdmin);
    expect(await byRole((who) => status(who, 'GET', '/admin/routing/suggestions?since=2026-01-01'))).toEqual(onlyAdmin);
    expect(await byRole((who) => status(who, 'PUT', `/admin/committees/${h.world.committeeA}/scope`, { ics: ['97.200'], hs: ['95'], keywordsZh: [], keywordsEn: [] }))).toEqual(onlyAdmin);
  });

  it('GET /health needs no token', async () => {
    expect(await status(null, 'GET', '/health')).toBe(200);
  });

  it('POST /sync/push: reviewers and secretaries only', async () => {
    const statuses = await byRole((who) => status(who, 'POST', '/sync/push', { clientId: newClientId(), mutations: [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: finishedComment(N_A) }] }));
    expect(statuses).toEqual({ reviewerA: 200, reviewerB: 200, secretaryA: 200, secretaryB: 200, officer: 403, admin: 403 });
  });

  it('GET /sync/pull: everyone, each seeing their own share', async () => {
    expect(await byRole((who) => status(who, 'GET', '/sync/pull'))).toEqual({ reviewerA: 200, reviewerB: 200, secretaryA: 200, secretaryB: 200, officer: 200, admin: 200 });
  });

  it('GET /documents/:id/content: only those who may see the notification; the bytes match the sha256', async () => {
    expect(await byRole((who) => status(who, 'GET', `/documents/${h.world.documentA}/content`))).toEqual({ reviewerA: 200, reviewerB: 404, secretaryA: 200, secretaryB: 404, officer: 200, admin: 200 });
    const whole = await h.app.inject({ method: 'GET', url: `/documents/${h.world.documentA}/content`, headers: auth(h.tokens.reviewerA) });
    expect(createHash('sha256').update(whole.rawPayload).digest('hex')).toBe(whole.headers['x-content-sha256']);
    const part = await h.app.inject({ method: 'GET', url: `/documents/${h.world.documentA}/content`, headers: { ...auth(h.tokens.reviewerA), range: 'bytes=10-19' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload).toEqual(whole.rawPayload.subarray(10, 20));
    expect(part.headers['content-range']).toBe(`bytes 10-19/${whole.rawPayload.length}`);
  });

  it('GET /standards/:id/content: every signed-in user', async () => {
    const upload = await h.app.inject({ method: 'POST', url: '/admin/standards?identifier=ISO%20123&fileName=iso.pdf', headers: { ...auth(h.tokens.admin), 'content-type': 'application/pdf' }, payload: Buffer.from(tinyPdf('ISO 123')) });
    expect(upload.statusCode).toBe(201);
    const { id } = upload.json();
    expect(await byRole((who) => status(who, 'GET', `/standards/${id}/content`))).toEqual({ reviewerA: 200, reviewerB: 200, secretaryA: 200, secretaryB: 200, officer: 200, admin: 200 });
  });

  it('POST /compilations/lock: the secretary of that committee (or an admin) only', async () => {
    const statuses = await byRole((who) => status(who, 'POST', '/compilations/lock', { notificationId: N_A, committeeId: h.world.committeeA, locked: false }));
    expect(statuses).toEqual({ reviewerA: 403, reviewerB: 403, secretaryA: 204, secretaryB: 403, officer: 403, admin: 204 });
  });

  it('the admin routes: admins only', async () => {
    let n = 0;
    const adminRoutes: [string, string, () => unknown, Record<string, string>?][] = [
      ['POST', '/admin/users', () => ({ username: `new${n++}`, displayName: 'New', password: 'long-enough-pw', role: 'reviewer' })],
      ['POST', '/admin/committees', () => ({ code: `TC-${n++}`, name: 'New committee' })],
      ['POST', `/admin/committees/${h.world.committeeA}/members`, () => ({ userId: h.world.users.reviewerB })],
      ['POST', '/admin/assignments', () => ({ notificationId: N_A, committeeId: h.world.committeeA, expertIds: [] })],
      ['POST', `/admin/notifications/${encodeURIComponent(N_A)}/documents?fileName=n.pdf`, () => Buffer.from(tinyPdf(`doc ${n++}`)), { 'content-type': 'application/pdf' }],
      ['POST', '/admin/notifications/import?fileName=e.csv', () => Buffer.from('Document symbol,Notifying Member,Title,Final date for comments\nG/TBT/N/JPN/900,Japan,Cosmetics,2099-01-31\n'), { 'content-type': 'application/octet-stream' }],
    ];
    for (const [method, url, body, headers] of adminRoutes) {
      const statuses = await byRole((who) => status(who, method as 'POST', url, body(), headers));
      expect(statuses, url).toEqual({ reviewerA: 403, reviewerB: 403, secretaryA: 403, secretaryB: 403, officer: 403, admin: expect.any(Number) });
      expect(statuses.admin, url).toBeLessThan(300);
    }
    const imported = await h.test.db.query<{ id: string }>('SELECT id FROM notifications WHERE id = $1', ['G/TBT/N/JPN/900']);
    expect(imported).toHaveLength(1);
  });

  it('login: a wrong password is 401, and after five failures even the right one waits (429)', async () => {
    const attempt = (password: string) => h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'reviewerb', password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'too_many_attempts' });
  });

  it('logout revokes the token, and an expired session is refused', async () => {
    const login = await h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'secretaryb', password: PASSWORD } });
    const token = login.json().token as string;
    expect((await h.app.inject({ method: 'GET', url: '/me', headers: auth(token) })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'POST', url: '/auth/logout', headers: auth(token) })).statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/me', headers: auth(token) })).statusCode).toBe(401);

    const second = (await h.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'secretaryb', password: PASSWORD } })).json().token as string;
    await h.test.db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1", [h.world.users.secretaryB]);
    expect((await h.app.inject({ method: 'GET', url: '/me', headers: auth(second) })).statusCode).toBe(401);
  });

  it('stored passwords and tokens are not the secrets themselves', async () => {
    const [user] = await h.test.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [h.world.users.reviewerA]);
    expect(user!.password_hash).toMatch(/^scrypt\$/);
    const tokens = await h.test.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(tokens.map((t) => t.token_hash)).not.toContain(h.tokens.reviewerA);
  });
});
