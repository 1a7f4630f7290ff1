// Builds the Fastify app: auth, sync, files, admin and health routes over one Db.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import type { Db } from './db/db';
import type { ServerConfig } from './config';
import { actorForToken, type Actor } from './auth/sessions';
import { HttpError } from './errors';
import { authRoutes } from './routes/auth';
import { syncRoutes } from './routes/sync';
import { fileRoutes } from './routes/files';
import { adminRoutes } from './routes/admin';
import type { Role } from '../shared/sync/protocol';

export interface AppContext {
  db: Db;
  config: ServerConfig;
  /** The user behind the request's bearer token, refusing roles not listed (all when omitted). */
  authenticate(request: FastifyRequest, roles?: readonly Role[]): Promise<Actor>;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/** PostgreSQL errors worth a retry by the client (deadlock, serialisation failure, connection loss). */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '40P01' || code === '40001' || code === '57P01' || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

export async function buildApp(db: Db, config: ServerConfig, logger: boolean | object = { level: config.logLevel }): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: config.bodyLimitBytes, trustProxy: true });

  // Uploads (PDFs, spreadsheets) arrive as raw bytes.
  app.addContentTypeParser(['application/octet-stream', 'application/pdf'], { parseAs: 'buffer', bodyLimit: config.uploadLimitBytes }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send({ error: error.code, message: error.message, ...error.extra });
    if (isTransient(error)) {
      request.log.warn({ err: error }, 'transient database error');
      return reply.status(503).header('Retry-After', '1').send({ error: 'try_again' });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const code = (error as { code?: string }).code ?? 'bad_request';
      return reply.status(status).send({ error: status === 413 ? 'body_too_large' : code.toLowerCase(), message: (error as Error).message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal' });
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'not_found' }));

  const context: AppContext = {
    db,
    config,
    async authenticate(request, roles) {
      const token = bearerToken(request);
      const actor = token ? await actorForToken(db, token) : null;
      if (!actor) throw new HttpError(401, 'unauthorized', 'Log in again');
      if (roles && !roles.includes(actor.role)) throw new HttpError(403, 'forbidden', 'Your role may not do this');
      return actor;
    },
  };

  // The desktop app calls from its own origin (app://, or the browser build's). Any origin may
  // call: requests carry a bearer token, never cookies, so a foreign page gains nothing.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'range'],
    exposedHeaders: ['etag', 'x-content-sha256', 'content-length', 'content-range', 'retry-after'],
    maxAge: 600,
  });

  app.get('/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', db: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: 'unreachable' });
    }
  });
  await app.register(authRoutes(context));
  await app.register(syncRoutes(context));
  await app.register(fileRoutes(context));
  await app.register(adminRoutes(context));
  return app;
}
