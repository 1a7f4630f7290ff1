// The real sync server (Fastify on an in-memory PGlite, with the small world of world.ts) in this
// process on a loopback port, for clients that talk HTTP to it: the renderer's sync engine and the
// features built on it. One per test file: start it in beforeAll, close it in afterAll.
import { push, startHarness } from './harness';
import { N_A, N_B, PASSWORD, type World } from './world';
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
    close: () => harness.close(),
  };
}
