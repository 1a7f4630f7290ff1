// A model-based, randomised test of the sync protocol (Jepsen-style): random histories of several
// clients speaking the documented HTTP protocol (PROTOCOL.md) to the real server app, with faults
// injected, then a checker. The clients are a faithful model of the desktop engine's protocol
// behaviour (outbox with consecutive ids, base versions, cursor stored with each applied page),
// not the renderer's engine itself.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { openTestDb, type TestDb } from './testDb';
import { buildWorld, finishedComment, login, N_A, N_B, type World } from './world';
import { burnXids, burnXidsTo, currentXid, nextPowerOfTen, XID_BURN_BUDGET } from './xids';
import { mutationResultSchema, pushResponseSchema, type Change, type Mutation, type MutationResult } from '../../../shared/sync/protocol';
import { parsePullResponse } from '../../../shared/sync/pullResponse';
import type { Comment } from '../../../shared/domain/comment';

export const ACTIONS = [
  'create',
  'revise',
  'withdraw',
  'push',
  'pushLostResponse',
  'pushDuplicated',
  'pushReordered',
  'pull',
  'pullCrash',
  'lock',
  'unlock',
  'approve',
  'restartServer',
  'concurrentPush',
  'burnXids',
] as const;
export type Action = (typeof ACTIONS)[number];
export interface Step {
  client: number;
  action: Action;
  pick: number;
}

const CLIENT_KEYS = ['reviewerA', 'reviewerA2', 'reviewerB', 'secretaryA', 'officer'] as const;
type ClientKey = (typeof CLIENT_KEYS)[number];

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  client: fc.nat(CLIENT_KEYS.length - 1),
  // Edits and syncs are common; faults less so.
  action: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<Action>('create', 'revise', 'withdraw', 'push', 'pull') },
    { weight: 3, arbitrary: fc.constantFrom<Action>('pushLostResponse', 'pushDuplicated', 'pushReordered', 'pullCrash', 'concurrentPush') },
    { weight: 2, arbitrary: fc.constantFrom<Action>('lock', 'unlock', 'approve', 'restartServer', 'burnXids') },
  ),
  pick: fc.nat(1000),
});

/** The officer reads; everyone else writes comments. */
const writesComments = (key: ClientKey) => key !== 'officer';

/**
 * A history writes at least one comment, so the change log grows past the power of ten its ids
 * start just below (one history may be the only one that can cross it: 10^8 → 10^9 is out of reach).
 */
export const historyArbitrary: fc.Arbitrary<Step[]> = fc
  .array(stepArbitrary, { minLength: 30, maxLength: 80 })
  .filter((steps) => steps.some((step) => step.action === 'create' && writesComments(CLIENT_KEYS[step.client]!)));

interface Acknowledged {
  commentId: string;
  version: number;
  comment: Comment | null;
}

class ModelClient {
  clientId = randomUUID();
  nextId = 1;
  outbox: Mutation[] = [];
  cursor = '';
  /** The server version each of my comments is based on (from applied results and conflicts). */
  bases = new Map<string, number>();
  own: string[] = [];
  /** Latest pulled change per entity, and how many times each (kind, entity, version) arrived. */
  state = new Map<string, Change>();
  locks = new Map<string, boolean>();
  deliveries = new Map<string, number>();
  /** The first answer for each mutation id: a retry must get the same one. */
  results = new Map<number, MutationResult>();

  constructor(
    readonly key: ClientKey,
    readonly token: string,
    readonly userId: string,
    readonly committeeId: string | null,
    readonly notificationId: string | null,
  ) {}
}

export interface HistoryReport {
  steps: number;
  pushes: number;
  pulls: number;
  xidFrom: bigint;
  xidTo: bigint;
  /** The history appended changes above a power of ten to a change log that held changes below it. */
  crossedPowerOfTen: boolean;
}

/** One database and its world for many histories: each history's new clients start from nothing and must receive everything earlier histories left. */
export interface ModelDatabase {
  test: TestDb;
  world: World;
  tokens: Record<ClientKey, string>;
  close(): Promise<void>;
}

export async function openModelDatabase(kind: 'pglite' | 'postgres', postgresUrl?: string): Promise<ModelDatabase> {
  const test = await openTestDb(kind, postgresUrl);
  const world = await buildWorld(test.db);
  const app = await buildApp(test.db, configFromEnv({}), false);
  const tokens = {} as Record<ClientKey, string>;
  for (const key of CLIENT_KEYS) tokens[key] = await login(app, key);
  await app.close();
  return { test, world, tokens, close: () => test.close() };
}

/** Runs one history on the database and checks it; throws with what went wrong. */
export async function runHistory(model: ModelDatabase, steps: Step[]): Promise<HistoryReport> {
  const { test, world } = model;
  let app: FastifyInstance | null = null;
  try {
    const start = async () => buildApp(test.db, { ...configFromEnv({}), bodyLimitBytes: 8 * 1024 * 1024 }, false);
    app = await start();
    const clients: ModelClient[] = [];
    for (const key of CLIENT_KEYS) {
      const committee = key === 'reviewerB' ? world.committeeB : key === 'officer' ? null : world.committeeA;
      clients.push(new ModelClient(key, model.tokens[key], world.users[key], committee, committee === null ? null : committee === world.committeeA ? N_A : N_B));
    }
    // Bring the next power of ten (999 → 1000 on a fresh PGlite) into the history's reach.
    const power = await nextPowerOfTen(test.db);
    const reachable = power - (await currentXid(test.db)) <= XID_BURN_BUDGET;
    // Two ids short: reading the id takes the last one below, so the history's writes all lie above.
    if (reachable) await burnXidsTo(test.db, power - 2n);
    const xidFrom = await currentXid(test.db);
    const logBefore = await changeLogEnd(test);
    const acknowledged: Acknowledged[] = [];
    const report = { pushes: 0, pulls: 0 };

    const request = async (method: 'GET' | 'POST', url: string, token: string, payload?: unknown) => {
      const response = await app!.inject({ method, url, headers: { authorization: `Bearer ${token}` }, payload: payload as object });
      if (response.statusCode >= 500) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      return response;
    };

    const handlePush = (client: ModelClient, mutations: Mutation[], status: number, body: unknown) => {
      if (status === 409) {
        const { ackedThrough } = body as { ackedThrough: number };
        client.outbox = client.outbox.filter((m) => m.id > ackedThrough);
        return;
      }
      if (status !== 200) throw new Error(`${client.key} push answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
      const parsed = pushResponseSchema.parse(body);
      for (const result of parsed.results) {
        mutationResultSchema.parse(result);
        const seen = client.results.get(result.id);
        if (seen) {
          if (JSON.stringify(seen) !== JSON.stringify(result)) throw new Error(`${client.key} mutation ${result.id} answered ${JSON.stringify(seen)} then ${JSON.stringify(result)}`);
          continue;
        }
        client.results.set(result.id, result);
        const m = mutations.find((x) => x.id === result.id) ?? client.outbox.find((x) => x.id === result.id);
        if (!m) continue;
        const commentId = m.op === 'comment.put' ? m.comment.id : m.op === 'comment.withdraw' ? m.commentId : null;
        if (result.status === 'applied' && commentId) {
          client.bases.set(commentId, result.version);
          acknowledged.push({ commentId, version: result.version, comment: m.op === 'comment.put' ? m.comment : null });
        }
        if (result.status === 'conflict' && commentId) client.bases.set(commentId, result.server.version);
      }
      client.outbox = client.outbox.filter((m) => m.id > parsed.ackedThrough);
    };

    const push = async (client: ModelClient, options: { lose?: boolean; max?: number } = {}) => {
      if (!client.outbox.length) return;
      const mutations = client.outbox.slice(0, options.max ?? 500);
      report.pushes++;
      const response = await request('POST', '/sync/push', client.token, { clientId: client.clientId, mutations });
      if (!options.lose) handlePush(client, mutations, response.statusCode, response.json());
    };

    const pullPage = async (client: ModelClient, crash = false) => {
      report.pulls++;
      const response = await request('GET', `/sync/pull?limit=3${client.cursor ? `&cursor=${client.cursor}` : ''}`, client.token);
      if (response.statusCode !== 200) throw new Error(`${client.key} pull answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      const page = parsePullResponse(response.json());
      if (crash) return page.hasMore; // the device died before its local transaction committed: nothing applied, cursor kept
      for (const change of page.changes) {
        const version = change.kind === 'comment' || change.kind === 'position' ? change.data.version : 0;
        const key = `${change.kind} ${change.entityId} ${version}`;
        if (version) client.deliveries.set(key, (client.deliveries.get(key) ?? 0) + 1);
        client.state.set(`${change.kind} ${change.entityId}`, change);
        if (change.kind === 'lock' || change.kind === 'notification') {
          const data = change.data as { committeeId: string; locked: boolean; notificationId?: string };
          client.locks.set(`${change.kind === 'lock' ? data.notificationId : change.entityId} ${data.committeeId}`, data.locked);
        }
      }
      client.cursor = page.cursor;
      return page.hasMore;
    };


    for (const step of steps) {
      const client = clients[step.client]!;
      switch (step.action) {
        case 'create': {
          if (!writesComments(client.key)) break;
          const comment = finishedComment(client.notificationId!, { commentEn: `comment ${client.key} ${step.pick}` });
          client.own.push(comment.id);
          client.outbox.push({ id: client.nextId++, op: 'comment.put', committeeId: client.committeeId!, baseVersion: null, comment });
          break;
        }
        case 'revise':
        case 'withdraw': {
          if (!client.own.length) break;
          const id = client.own[step.pick % client.own.length]!;
          if (step.action === 'revise') {
            const comment = finishedComment(client.notificationId!, { id, commentEn: `revised ${client.key} ${step.pick}` });
            client.outbox.push({ id: client.nextId++, op: 'comment.put', committeeId: client.committeeId!, baseVersion: client.bases.get(id) ?? null, comment });
          } else {
            client.outbox.push({ id: client.nextId++, op: 'comment.withdraw', commentId: id, baseVersion: client.bases.get(id) ?? 1 });
          }
          break;
        }
        case 'approve': {
          if (client.key !== 'secretaryA') break;
          const position = {
            notificationId: N_A,
            committee: { id: world.committeeA, code: 'TC-A', name: 'Committee A' },
            compiled: [],
            approved: true,
            approvedAt: new Date().toISOString(),
            locked: true,
          };
          client.outbox.push({ id: client.nextId++, op: 'position.put', position });
          break;
        }
        case 'lock':
        case 'unlock': {
          if (client.key !== 'secretaryA') break;
          const response = await request('POST', '/compilations/lock', client.token, { notificationId: N_A, committeeId: world.committeeA, locked: step.action === 'lock' });
          if (response.statusCode !== 204) throw new Error(`lock answered ${response.statusCode}`);
          break;
        }
        case 'push':
          await push(client, { max: 1 + (step.pick % 4) });
          break;
        case 'pushLostResponse':
          await push(client, { lose: true, max: 1 + (step.pick % 3) });
          break;
        case 'pushDuplicated': {
          if (!client.outbox.length) break;
          const mutations = client.outbox.slice(0, 1 + (step.pick % 3));
          const body = { clientId: client.clientId, mutations };
          const [a, b] = await Promise.all([request('POST', '/sync/push', client.token, body), request('POST', '/sync/push', client.token, body)]);
          report.pushes += 2;
          handlePush(client, mutations, a.statusCode, a.json());
          handlePush(client, mutations, b.statusCode, b.json());
          break;
        }
        case 'pushReordered': {
          // A later request overtakes an earlier one.
          if (client.outbox.length < 2) break;
          const later = client.outbox.slice(1, 3);
          const earlier = client.outbox.slice(0, 1);
          const first = await request('POST', '/sync/push', client.token, { clientId: client.clientId, mutations: later });
          handlePush(client, later, first.statusCode, first.json());
          if (client.outbox[0]?.id === earlier[0]!.id) {
            const second = await request('POST', '/sync/push', client.token, { clientId: client.clientId, mutations: earlier });
            handlePush(client, earlier, second.statusCode, second.json());
          }
          report.pushes += 2;
          break;
        }
        case 'concurrentPush':
          await Promise.all(clients.map((c) => push(c, { max: 2 })));
          break;
        case 'pull':
          await pullPage(client);
          break;
        case 'pullCrash':
          await pullPage(client, true);
          break;
        case 'restartServer':
          await app.close();
          app = await start();
          break;
        case 'burnXids':
          await burnXids(test.db, 1 + (step.pick % 12));
          break;
      }
    }

    // Quiesce: everyone pushes their whole outbox, then pulls to the end.
    for (const client of clients) {
      for (let tries = 0; client.outbox.length; tries++) {
        if (tries > 100) throw new Error(`${client.key}: outbox never drained (${client.outbox.length} left)`);
        await push(client);
      }
    }
    for (const client of clients) while (await pullPage(client));

    await check(test, world, clients, acknowledged);
    const appended = (await changeLogEnd(test)) > logBefore;
    const xidTo = await currentXid(test.db);
    return { steps: steps.length, ...report, xidFrom, xidTo, crossedPowerOfTen: xidFrom === power - 1n && appended };
  } finally {
    await app?.close().catch(() => {});
  }
}

async function changeLogEnd(test: TestDb): Promise<bigint> {
  const [row] = await test.db.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM changes');
  return BigInt(row!.seq);
}

/** The invariants: each client holds exactly what it may see, each version arrived once, no acknowledged write lost. */
async function check(test: TestDb, world: World, clients: ModelClient[], acknowledged: Acknowledged[]): Promise<void> {
  const comments = await test.db.query<{ id: string; committee_id: string; author_id: string; version: number; withdrawn: boolean }>(
    'SELECT id, committee_id, author_id, version, withdrawn FROM comments',
  );
  const versions = await test.db.query<{ comment_id: string; version: number; body: Comment; withdrawn: boolean }>('SELECT comment_id, version, body, withdrawn FROM comment_versions');
  const positions = await test.db.query<{ notification_id: string; committee_id: string; version: number }>('SELECT notification_id, committee_id, version FROM committee_positions');
  const assignments = await test.db.query<{ notification_id: string; committee_id: string; locked: boolean }>('SELECT notification_id, committee_id, locked FROM assignments WHERE active');
  const fail = (message: string) => {
    throw new Error(message);
  };

  for (const ack of acknowledged) {
    const stored = versions.find((v) => v.comment_id === ack.commentId && v.version === ack.version);
    if (!stored) fail(`acknowledged version ${ack.version} of comment ${ack.commentId} is not stored`);
    if (ack.comment && !isDeepStrictEqual(stored!.body, ack.comment)) fail(`acknowledged version ${ack.version} of ${ack.commentId} is stored with another body`);
  }

  for (const client of clients) {
    const committees = client.committeeId ? [client.committeeId] : [];
    const all = client.key === 'officer';
    const secretary = client.key === 'secretaryA';
    const mayComment = (c: { committee_id: string; author_id: string }) => all || c.author_id === client.userId || (secretary && committees.includes(c.committee_id));
    const visible = comments.filter(mayComment);
    const held = [...client.state.values()].filter((c) => c.kind === 'comment');
    const heldSummary = held.map((c) => (c.kind === 'comment' ? `${c.entityId}@${c.data.version}${c.data.withdrawn ? 'w' : ''}` : '')).sort();
    const expected = visible.map((c) => `${c.id}@${c.version}${c.withdrawn ? 'w' : ''}`).sort();
    if (JSON.stringify(heldSummary) !== JSON.stringify(expected)) fail(`${client.key} holds comments ${JSON.stringify(heldSummary)}, may see ${JSON.stringify(expected)}`);

    const expectedDeliveries = new Map<string, number>();
    for (const v of versions) {
      const c = comments.find((x) => x.id === v.comment_id)!;
      if (mayComment(c)) expectedDeliveries.set(`comment ${v.comment_id} ${v.version}`, 1);
    }
    for (const p of positions) {
      if (all || (secretary && committees.includes(p.committee_id))) for (let v = 1; v <= p.version; v++) expectedDeliveries.set(`position ${p.notification_id} ${p.committee_id} ${v}`, 1);
    }
    const delivered = [...client.deliveries.entries()].sort();
    const wanted = [...expectedDeliveries.entries()].sort();
    if (JSON.stringify(delivered) !== JSON.stringify(wanted)) {
      const extra = delivered.filter(([k, n]) => expectedDeliveries.get(k) !== n).slice(0, 5);
      const missing = wanted.filter(([k]) => !client.deliveries.has(k)).slice(0, 5);
      fail(`${client.key}: deliveries differ from once per visible version; wrong counts ${JSON.stringify(extra)}, missing ${JSON.stringify(missing)} (${delivered.length} delivered, ${wanted.length} expected)`);
    }

    for (const a of assignments) {
      if (!all && !committees.includes(a.committee_id)) continue;
      const held = client.locks.get(`${a.notification_id} ${a.committee_id}`);
      const seen = held === undefined ? 'never received' : held ? 'locked' : 'unlocked';
      if (held !== a.locked) fail(`${client.key} sees the compilation of ${a.notification_id} as ${seen}; the server has it ${a.locked ? 'locked' : 'unlocked'}`);
    }
    const strangers = [...client.locks.keys()].filter((k) => !all && !committees.some((c) => k.endsWith(` ${c}`)));
    if (strangers.length) fail(`${client.key} received another committee's notifications: ${strangers.join(', ')}`);
    void world;
  }
}
