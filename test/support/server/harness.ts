// An app on a test database with the world built and everyone logged in.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { openTestDb, type TestDb } from './testDb';
import { buildWorld, sessionFor, type World } from './world';
import type { Mutation, PushResponse } from '../../../shared/sync/protocol';

export interface Harness {
  app: FastifyInstance;
  test: TestDb;
  world: World;
  tokens: Record<keyof World['users'], string>;
  close(): Promise<void>;
}

export async function startHarness(kind: 'pglite' | 'postgres'): Promise<Harness> {
  const test = await openTestDb(kind);
  const world = await buildWorld(test.db);
  const app = await buildApp(test.db, configFromEnv({}), false);
  const tokens = {} as Harness['tokens'];
  for (const key of Object.keys(world.users) as (keyof World['users'])[]) tokens[key] = await sessionFor(test.db, world.users[key]);
  return {
    app,
    test,
    world,
    tokens,
    async close() {
      await app.close();
      await test.close();
    },
  };
}

export function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

/** Pushes through the app; returns status and body. */
export async function push(app: FastifyInstance, token: string, clientId: string, mutations: Mutation[]): Promise<{ status: number; body: PushResponse & { error?: string; ackedThrough: number } }> {
  const response = await app.inject({ method: 'POST', url: '/sync/push', headers: auth(token), payload: { clientId, mutations } });
  return { status: response.statusCode, body: response.json() };
}

export function newClientId(): string {
  return randomUUID();
}
