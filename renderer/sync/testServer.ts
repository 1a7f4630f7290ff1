// For tests only: the real sync server (Fastify on an in-memory PGlite, with a small world of
// committees, users and notifications) in this process on a loopback port. The server lies outside
// the renderer's TypeScript project and layer, so it is loaded by a computed path.
import type { Comment } from '../../shared/domain/comment';

interface ServerHarness {
  app: { listen(options: { port: number; host: string }): Promise<string> };
  test: { db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> } };
  world: { committeeA: string; committeeB: string; users: Record<string, string>; documentA: string };
  tokens: Record<string, string>;
  close(): Promise<void>;
}

export interface TestServer {
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
  pushAs(user: string, clientId: string, mutations: unknown[]): Promise<unknown>;
  /** The bytes of N_A's notified text as the server keeps them. */
  documentBytes(): Promise<Uint8Array>;
  close(): Promise<void>;
}

const HARNESS = '../../server/testing/harness.ts';
const WORLD = '../../server/testing/world.ts';
const TEST_DB = '../../server/testing/testDb.ts';
const SEED = '../../server/services/seed.ts';
const APP = '../../server/app.ts';
const CONFIG = '../../server/config.ts';

export async function startTestServer(): Promise<TestServer> {
  const { startHarness, push } = (await import(/* @vite-ignore */ HARNESS)) as {
    startHarness(kind: 'pglite'): Promise<ServerHarness>;
    push(app: unknown, token: string, clientId: string, mutations: unknown[]): Promise<{ status: number; body: unknown }>;
  };
  const { N_A, N_B, PASSWORD } = (await import(/* @vite-ignore */ WORLD)) as { N_A: string; N_B: string; PASSWORD: string };
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
      return (await push(harness.app, harness.tokens[user]!, clientId, mutations)).body;
    },
    async documentBytes() {
      const [row] = await harness.test.db.query<{ content: Uint8Array }>('SELECT content FROM documents WHERE id = $1', [harness.world.documentA]);
      return new Uint8Array(row!.content);
    },
    close: () => harness.close(),
  };
}

export interface DemoTestServer {
  url: string;
  /** Password of the demo users: reviewer, reviewer2, secretary, officer, admin. */
  password: string;
  close(): Promise<void>;
}

/** The real server seeded by `seed-demo` (what a new user tries first), in this process on loopback. */
export async function startDemoTestServer(): Promise<DemoTestServer> {
  const { openTestDb } = (await import(/* @vite-ignore */ TEST_DB)) as {
    openTestDb(kind: 'pglite'): Promise<{ db: unknown; close(): Promise<void> }>;
  };
  const { seedDemo } = (await import(/* @vite-ignore */ SEED)) as { seedDemo(db: unknown): Promise<{ password: string }> };
  const { buildApp } = (await import(/* @vite-ignore */ APP)) as {
    buildApp(db: unknown, config: unknown, logger: boolean): Promise<ServerHarness['app'] & { close(): Promise<void> }>;
  };
  const { configFromEnv } = (await import(/* @vite-ignore */ CONFIG)) as { configFromEnv(env: object): object };
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
