// What an attacker on the network can and cannot do to the server: bodies before login, oversized
// fields and uploads, slow connections, login guessing, headers, CORS and forged addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv, type ServerConfig } from '../../../server/config';
import { openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, finishedComment, N_A, PASSWORD } from '../../support/server/world';
import { auth, newClientId } from '../../support/server/harness';
import { hashPassword, SCRYPT, verifyPassword } from '../../../server/auth/passwords';
import { createUser } from '../../../server/services/people';
import { tinyPdf } from '../../../server/services/seed';
import { pdfInfo } from '../../../server/services/pdfInfo';
import { PDFDocument } from 'pdf-lib';
import { scrypt } from 'node:crypto';

const MiB = 1024 * 1024;

/** A raw HTTP exchange: sends `head`, then `body` in `chunks` spaced `gapMs` apart; resolves with what came back and when. */
function rawRequest(port: number, head: string, opts: { body?: Buffer; chunks?: number; gapMs?: number } = {}): Promise<{ response: string; bytesSent: number; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let bytesSent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ response, bytesSent, closedAfterMs: Date.now() - started });
    });
    socket.write(head);
    const body = opts.body ?? Buffer.alloc(0);
    const chunks = opts.chunks ?? 1;
    const size = Math.ceil(body.length / chunks);
    let i = 0;
    const sendNext = () => {
      if (i >= chunks || socket.destroyed) return;
      const part = body.subarray(i * size, (i + 1) * size);
      i++;
      socket.write(part, () => (bytesSent += part.length));
      timer = setTimeout(sendNext, opts.gapMs ?? 0);
    };
    if (body.length) sendNext();
    // The server decides when the exchange ends; a safety net so a broken server fails the test instead of hanging it.
    setTimeout(() => socket.destroy(), 60_000).unref();
  });
}

describe('hardening (PGlite, over a real socket)', () => {
  let test: TestDb;
  let app: FastifyInstance;
  let port: number;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let config: ServerConfig;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    test = await openTestDb('pglite');
    world = await buildWorld(test.db);
    config = { ...configFromEnv({ UPLOAD_LIMIT_BYTES: String(2 * MiB), HEADERS_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '3000', IDLE_TIMEOUT_MS: '2000', CORS_ORIGINS: 'https://review.example-institute.test' }) };
    app = await buildApp(test.db, config, false);
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
    for (const who of ['admin', 'reviewerA']) {
      const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: who.toLowerCase(), password: PASSWORD } });
      tokens[who] = response.json().token;
    }
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const uploadHead = (token: string | null, length: number) =>
    `POST /admin/standards?identifier=ISO%201&fileName=a.pdf HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\nContent-Length: ${length}\r\n${token ? `Authorization: Bearer ${token}\r\n` : ''}Connection: close\r\n\r\n`;

  it('an upload without a login is refused before its body is read', async () => {
    // Announces 100 MiB, sends 64 KiB, then waits: the answer must come without the rest.
    const result = await rawRequest(port, uploadHead(null, 100 * MiB), { body: Buffer.alloc(64 * 1024) });
    expect(result.response).toMatch(/^HTTP\/1\.1 401/);
    expect(result.bytesSent).toBeLessThan(100 * MiB);
  });

  it('an upload by a signed-in reviewer is refused (403) before its body is read', async () => {
    const result = await rawRequest(port, uploadHead(tokens.reviewerA!, 100 * MiB), { body: Buffer.alloc(64 * 1024) });
    expect(result.response).toMatch(/^HTTP\/1\.1 403/);
  });

  it("an admin's upload over the cap is refused, whether announced or streamed", async () => {
    const announced = await rawRequest(port, uploadHead(tokens.admin!, 3 * MiB), { body: Buffer.alloc(64 * 1024) });
    expect(announced.response).toMatch(/^HTTP\/1\.1 413/);
    const streamed = await app.inject({ method: 'POST', url: '/admin/standards?identifier=ISO%202&fileName=a.pdf', headers: { ...auth(tokens.admin!), 'content-type': 'application/pdf', 'transfer-encoding': 'chunked' }, payload: Buffer.alloc(3 * MiB) });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error).toBe('body_too_large');
  });

  it('raw bytes are accepted on admin upload routes only', async () => {
    const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { ...auth(tokens.reviewerA!), 'content-type': 'application/octet-stream' }, payload: Buffer.from('x') });
    expect(response.statusCode).toBe(415);
  });

  it('each route has its own body limit: login 16 KiB, admin JSON 256 KiB, push 4 MiB (a 7 MiB comment is refused)', async () => {
    const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'admin', password: 'x'.repeat(20 * 1024) } });
    expect(login.statusCode).toBe(413);
    const user = await app.inject({ method: 'POST', url: '/admin/users', headers: auth(tokens.admin!), payload: { username: 'big', displayName: 'x'.repeat(300 * 1024), password: 'long-enough', role: 'reviewer' } });
    expect(user.statusCode).toBe(413);
    const comment = finishedComment(N_A);
    const push = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(tokens.reviewerA!), payload: { clientId: newClientId(), mutations: [{ id: 1, op: 'comment.put', committeeId: world.committeeA, baseVersion: null, comment: { ...comment, commentEn: 'x'.repeat(7 * MiB) } }] } });
    expect(push.statusCode).toBe(413);
    const [stored] = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments');
    expect(stored!.n).toBe(0);
  });

  it('a client trickling its body is cut off at the request timeout', async () => {
    // 1 KiB every 500 ms: never idle, never done. REQUEST_TIMEOUT_MS is 3 s here.
    const result = await rawRequest(port, `POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 16000\r\n\r\n`, { body: Buffer.alloc(15 * 1024, 0x20), chunks: 15, gapMs: 500 });
    expect(result.closedAfterMs).toBeLessThan(7_000);
    expect(result.bytesSent).toBeLessThan(15 * 1024);
  });

  it('a client trickling its headers is cut off at the headers timeout', async () => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET /health HTTP/1.1\r\n');
    const interval = setInterval(() => socket.write('X-Slow: 1\r\n'), 300);
    await new Promise((r) => socket.on('close', r));
    clearInterval(interval);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('an idle connection is closed at the idle timeout', async () => {
    const result = await rawRequest(port, '');
    expect(result.closedAfterMs).toBeLessThan(5_000);
  });

  it('sends the security headers of @fastify/helmet', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('CORS answers the desktop app and configured origins only', async () => {
    const preflight = (origin: string) => app.inject({ method: 'OPTIONS', url: '/sync/pull', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect((await preflight('app://tbt')).headers['access-control-allow-origin']).toBe('app://tbt');
    expect((await preflight('https://review.example-institute.test')).headers['access-control-allow-origin']).toBe('https://review.example-institute.test');
    expect((await preflight('https://evil.test')).headers['access-control-allow-origin']).toBeUndefined();
    const read = await app.inject({ method: 'GET', url: '/me', headers: { ...auth(tokens.reviewerA!), origin: 'https://evil.test' } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('X-Forwarded-For is ignored unless TRUST_PROXY names the proxy', async () => {
    const forged = await app.inject({ method: 'POST', url: '/auth/login', remoteAddress: '10.9.9.9', headers: { 'x-forwarded-for': '203.0.113.7' }, payload: { username: 'officer', password: PASSWORD } });
    expect(forged.statusCode).toBe(200);
    const [row] = await test.db.query<{ detail: { ip: string } }>("SELECT detail FROM audit_log WHERE action = 'session.login' ORDER BY id DESC LIMIT 1");
    expect(row!.detail.ip).toBe('10.9.9.9');
    expect(() => configFromEnv({ TRUST_PROXY: 'true' })).toThrow(/list the proxy addresses/);

    const proxied = await buildApp(test.db, configFromEnv({ TRUST_PROXY: '10.0.0.1' }), false);
    try {
      const viaProxy = await proxied.inject({ method: 'POST', url: '/auth/login', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' }, payload: { username: 'officer', password: PASSWORD } });
      expect(viaProxy.statusCode).toBe(200);
      const [last] = await test.db.query<{ detail: { ip: string } }>("SELECT detail FROM audit_log WHERE action = 'session.login' ORDER BY id DESC LIMIT 1");
      expect(last!.detail.ip).toBe('203.0.113.7');
    } finally {
      await proxied.close();
    }
  });

  it('counts PDF pages with a PDF parser: compressed page trees too, and a fake "/Type /Page" in text is not a page', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 7; i++) doc.addPage().drawText(i === 0 ? '/Type /Page /Type /Page' : `page ${i + 1}`);
    const compressed = await doc.save({ useObjectStreams: true });
    expect((await pdfInfo(compressed)).pageCount).toBe(7);
    expect((await pdfInfo(tinyPdf('/Type /Page /Type /Page'))).pageCount).toBe(1);
    const response = await app.inject({ method: 'POST', url: '/admin/standards?identifier=ISO%207&fileName=seven.pdf', headers: { ...auth(tokens.admin!), 'content-type': 'application/pdf' }, payload: Buffer.from(compressed) });
    expect(response.statusCode).toBe(201);
    expect(response.json().pageCount).toBe(7);
    const broken = await app.inject({ method: 'POST', url: '/admin/standards?identifier=ISO%208&fileName=b.pdf', headers: { ...auth(tokens.admin!), 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.7\ngarbage') });
    expect(broken.statusCode).toBe(400);
  });
});

describe('passwords', () => {
  it('are hashed with scrypt at N=2^17, r=8, p=1', async () => {
    const stored = await hashPassword('a long passphrase');
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
    expect(SCRYPT.N).toBe(2 ** 17);
    expect(await verifyPassword('a long passphrase', stored)).toBe(true);
    expect(await verifyPassword('a long passphrasE', stored)).toBe(false);
  });

  it('an old N=2^14 hash still logs in, and is replaced by a current one at that login', async () => {
    const test = await openTestDb('pglite');
    try {
      const world = await buildWorld(test.db);
      const app = await buildApp(test.db, configFromEnv({}), false);
      const salt = Buffer.from('0123456789abcdef');
      const key = await new Promise<Buffer>((resolve, reject) => scrypt('old-password', salt, 32, { N: 2 ** 14, r: 8, p: 1 }, (e, k) => (e ? reject(e) : resolve(k))));
      const oldHash = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
      await test.db.transaction((tx) => createUser(tx, null, { username: 'veteran', displayName: 'Veteran', password: 'placeholder', role: 'reviewer' }));
      await test.db.query('UPDATE users SET password_hash = $1 WHERE username = $2', [oldHash, 'veteran']);
      const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'veteran', password: 'old-password' } });
      expect(response.statusCode).toBe(200);
      const [row] = await test.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', ['veteran']);
      expect(row!.password_hash.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
      expect(await verifyPassword('old-password', row!.password_hash)).toBe(true);
      expect(world.users.admin).toBeTruthy();
      await app.close();
    } finally {
      await test.close();
    }
  }, 180_000);
});
