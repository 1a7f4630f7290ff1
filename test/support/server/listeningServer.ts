// The real sync server (Fastify on an in-memory PGlite, with the small world of world.ts) in this
// process on a loopback port, for clients that talk HTTP to it: the renderer's sync engine and the
// features built on it. One per test file: start it in beforeAll, close it in afterAll.
import { push, startHarness } from './harness';
import { openTestDb } from './testDb';
import { N_A, N_B, PASSWORD, type World } from './world';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { seedDemo } from '../../../server/services/seed';
import type { Comment } from '../../../shared/domain/comment';
import type { Mutation } from '../../../shared/sync/protocol';

export interface ListeningServer {
  url: string;
  /** Password of every user of the world: reviewera, reviewera2, secretarya, … */
  password: string;
  /** Notification ids: N_A assigned to committee A (with a document), N_B to committee B. */
  N_A: string;
  N_B: string;
  committeeA: string;
  /** The server's rows for a comment: one per version. */
  versions(commentId: string): Promise<{ version: number; withdrawn: boolean; body: Comment }[]>;
  /** Pushes directly as a user, to make the server's copy newer than a client's. */
  pushAs(user: keyof World['users'], clientId: string, mutations: Mutation[]): Promise<unknown>;
  /** The bytes of N_A's notified text as the server keeps them. */
  documentBytes(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startListeningServer(): Promise<ListeningServer> {
  const harness = await startHarness('pglite');
  const url = await harness.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    password: PASSWORD,
    N_A,
    N_B,
    committeeA: harness.world.committeeA,
    versions: (commentId) =>
      harness.test.db.query('SELECT version, withdrawn, body FROM comment_versions WHERE comment_id = $1 ORDER BY version', [commentId]),
    async pushAs(user, clientId, mutations) {
      return (await push(harness.app, harness.tokens[user], clientId, mutations)).body;
    },
    async documentBytes() {
      const [row] = await harness.test.db.query<{ content: Uint8Array }>('SELECT content FROM documents WHERE id = $1', [harness.world.documentA]);
      return new Uint8Array(row!.content);
    },
    close: () => harness.close(),
  };
}

export interface DemoListeningServer {
  url: string;
  /** Password of the demo users: reviewer, reviewer2, secretary, officer, admin. */
  password: string;
  close(): Promise<void>;
}

/** The real server seeded by `seed-demo` (what a new user tries first), in this process on loopback. */
export async function startDemoListeningServer(): Promise<DemoListeningServer> {
  const test = await openTestDb('pglite');
  const { password } = await seedDemo(test.db);
  const app = await buildApp(test.db, configFromEnv({}), false);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    password,
    async close() {
      await app.close();
      await test.close();
    },
  };
}
