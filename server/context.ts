// What the app hands every route plugin, as Fastify decorators: the database, the configuration,
// and the signed-in user behind a request (set by the authentication hook before any body is read).
import type { FastifyRequest } from 'fastify';
import type { Db } from './db/db';
import type { ServerConfig } from './config';
import type { Actor } from './auth/sessions';
import type { Role } from '../shared/sync/protocol';

/** Who may call a route: anyone, any signed-in user (the default), or only these roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    serverConfig: ServerConfig;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** The signed-in user of a route that is not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`${request.routeOptions.url} is public; it has no actor`);
  return request.actor;
}
