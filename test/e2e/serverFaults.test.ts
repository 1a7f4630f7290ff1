// Faults between sync clients and the server, on loopback, bounded in count and time: a server
// killed mid-push, a response lost after commit, duplicated and reordered requests, 20 clients at
// once (through two server processes on one database for PostgreSQL). Afterwards every finished
// comment exists exactly once on the server and on every client entitled to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient } from '../support/server/syncClient';
import { ServerProcess } from '../support/server/serverProcess';
import { adminCli, DEMO_PASSWORD, finishedComment, freshDatabase, reachablePostgres } from '../support/server/fixtures';

const postgres = await reachablePostgres();
const POSTGRES_ABSENT = 'PostgreSQL at 127.0.0.1:5432 (database test) is unreachable';

for (const kind of ['pglite', 'postgres'] as const) {
  const skip = kind === 'postgres' && !postgres;
  describe.skipIf(skip)(`sync survives faults on ${kind}${skip ? ` — skipped: ${POSTGRES_ABSENT}` : ''}`, () => {
    const servers: ServerProcess[] = [];
    const clients: SyncClient[] = [];
    /** Every comment pushed: id → author and committee. */
    const expected = new Map<string, { author: string; committeeId: string }>();
    let drop: () => Promise<void> = async () => {};
    let toysCommittee = '';
    let elecCommittee = '';
    const toysNotifications: string[] = [];
    const elecNotifications: string[] = [];

    const url = (i: number) => () => servers[i % servers.length]!.url;
    async function client(username: string, server = 0): Promise<SyncClient> {
      const c = new SyncClient(url(server), username, DEMO_PASSWORD);
      await c.login();
      await c.pullAll();
      clients.push(c);
      return c;
    }
    function queue(c: SyncClient, n: number, label: string): void {
      const toys = c.user!.committees.some((m) => m.id === toysCommittee);
      const committeeId = toys ? toysCommittee : elecCommittee;
      const notifications = toys ? toysNotifications : elecNotifications;
      for (let i = 0; i < n; i++) {
        const comment = finishedComment(notifications[i % notifications.length]!, `${label} ${i}`);
        expected.set(comment.id, { author: c.user!.id, committeeId });
        c.put(comment, committeeId);
      }
    }

    beforeAll(async () => {
      const db = await freshDatabase(kind);
      drop = db.drop;
      await adminCli(db.env, 'seed-demo');
      const processes = kind === 'postgres' ? 2 : 1; // PGlite is one process by nature
      for (let i = 0; i < processes; i++) {
        const server = new ServerProcess(db.env);
        await server.start();
        servers.push(server);
      }
      const officer = await client('officer');
      clients.pop();
      const reviewer = await client('reviewer');
      clients.pop();
      toysCommittee = reviewer.user!.committees[0]!.id;
      for (const [id, n] of officer.notifications) (n.committeeId === toysCommittee ? toysNotifications : elecNotifications).push(id);
      elecCommittee = [...officer.notifications.values()].find((n) => n.committeeId !== toysCommittee)!.committeeId;
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.kill()));
      await drop();
    });

    it('a push interrupted by killing the server is applied once after a restart on the same data', async () => {
      const c = await client('reviewer');
      queue(c, 300, 'crash');
      const inFlight = c.pushOnce({ max: 300 }).catch(() => 'failed');
      await new Promise((r) => setTimeout(r, 30));
      await servers[0]!.kill();
      await inFlight;
      await servers[0]!.start();
      await c.sync();
      expect(c.outbox).toEqual([]);
    });

    it('a response lost after the commit is retried without applying anything twice', async () => {
      const c = await client('reviewer2');
      queue(c, 5, 'lost');
      await expect(c.pushOnce({ loseResponse: true })).rejects.toThrow('response lost');
      expect(c.outbox).toHaveLength(5);
      await c.sync();
      expect(c.outbox).toEqual([]);
      expect([...c.comments.values()].map((s) => s.version)).toEqual([1, 1, 1, 1, 1]);
    });

    it('duplicated and reordered pushes apply every mutation once', async () => {
      const c = await client('reviewer');
      queue(c, 6, 'dup');
      const first = { clientId: c.clientId, mutations: c.outbox.slice(0, 3) };
      const second = { clientId: c.clientId, mutations: c.outbox.slice(3) };
      const raw = (body: unknown) => fetch(`${servers[0]!.url}/sync/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` }, body: JSON.stringify(body) });
      expect((await raw(second)).status).toBe(409); // overtook the first: refused, nothing applied
      const statuses = await Promise.all([raw(first), raw(first)].map(async (r) => (await r).status));
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      await Promise.all([raw(second), raw(second)]);
      await c.sync();
      expect(c.outbox).toEqual([]);
    });

    it('20 clients push and pull at once', async () => {
      const users = ['reviewer', 'reviewer2', 'secretary', 'reviewer', 'reviewer2'];
      // Each device signs in once, one after another, as people do; what runs at once is the sync.
      const many: SyncClient[] = [];
      for (let i = 0; i < 20; i++) many.push(await client(users[i % users.length]!, i));
      await Promise.all(
        many.map(async (c, i) => {
          for (let round = 0; round < 3; round++) {
            queue(c, 5, `crowd ${i}.${round}`);
            await c.sync();
          }
        }),
      );
      expect(many.every((c) => c.outbox.length === 0)).toBe(true);
    });

    it('afterwards every finished comment exists exactly once on the server and on every entitled client', async () => {
      const officer = await client('officer');
      clients.pop();
      await Promise.all(clients.map((c) => c.sync()));
      expect(new Set(officer.comments.keys())).toEqual(new Set(expected.keys()));
      for (const [id, count] of officer.commentChangeCounts) expect(count, id).toBe(1);
      for (const s of officer.comments.values()) expect(s.version).toBe(1);
      for (const c of clients) {
        const entitled = [...expected].filter(([, e]) => e.author === c.user!.id || (c.user!.role === 'secretary' && c.user!.committees.some((m) => m.id === e.committeeId))).map(([id]) => id);
        expect(new Set(c.comments.keys()), c.username).toEqual(new Set(entitled));
      }
    });
  });
}
