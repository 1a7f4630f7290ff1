// Builds the Fastify app: security headers, CORS, authentication, then the route plugins
// (auth, sync, files, admin, health), each reading the database and configuration from decorators.
import Fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { Db } from './db/db';
import { DESKTOP_APP_ORIGIN, type ServerConfig } from './config';
import { authenticate } from './auth/authenticate';
import { HttpError } from './errors';
import { authRoutes } from './routes/auth';
import { syncRoutes } from './routes/sync';
import { fileRoutes } from './routes/files';
import { adminRoutes } from './routes/admin';
import { healthRoutes } from './routes/health';
import { committeeRoutes } from './routes/committees';
import { dashboardRoutes } from './routes/dashboard';
import { PULL_NEXT_CURSOR_HEADER } from '../shared/sync/protocol';
import './context';

/** PostgreSQL errors worth a retry by the client (deadlock, serialisation failure, connection loss). */
/**
 * A PostgreSQL data exception (SQLSTATE class 22): a value the client sent that the database cannot
 * take, such as a NUL character in a name, reached a query. It is the request's fault, not the server's.
 */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Every method a route uses: cross-origin callers (the desktop app) need each one allowed. */
const CORS_METHODS = ['GET', 'POST', 'PUT', 'DELETE'];

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '40P01' || code === '40001' || code === '57P01' || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

export async function buildApp(db: Db, config: ServerConfig, logger: boolean | object = { level: config.logLevel }): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy === false ? false : config.trustProxy,
    connectionTimeout: config.idleTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: Math.min(5_000, config.idleTimeoutMs),
    // Node checks the header and request deadlines every connectionsCheckingInterval (30 s by
    // default), which let a trickling client outlive them; check every second.
    http: { headersTimeout: config.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
  });
  app.decorate('db', db);
  app.decorate('serverConfig', config);
  app.decorateRequest('actor', null);

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send({ error: error.code, message: error.message, ...error.extra });
    if (isTransient(error)) {
      request.log.warn({ err: error }, 'transient database error');
      return reply.status(503).header('Retry-After', '1').send({ error: 'try_again' });
    }
    if (isDataException(error)) {
      request.log.info({ err: error }, 'request carried a value the database refused');
      return reply.status(400).send({ error: 'invalid_text', message: 'The request contains a value the server cannot store (for example a NUL character).' });
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

  await app.register(helmet);
  // Requests carry a bearer token, never cookies; still, only the desktop app (and the origins the
  // institute lists in CORS_ORIGINS, e.g. a browser build) may read the answers.
  await app.register(cors, {
    origin: [DESKTOP_APP_ORIGIN, ...config.corsOrigins],
    methods: CORS_METHODS,
    allowedHeaders: ['authorization', 'content-type', 'range'],
    exposedHeaders: ['etag', 'x-content-sha256', 'content-length', 'content-range', 'retry-after', PULL_NEXT_CURSOR_HEADER],
    maxAge: 600,
  });
  app.addHook('onRequest', authenticate);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && method !== 'OPTIONS' && !CORS_METHODS.includes(method)) throw new Error(`${method} ${route.url}: add the method to CORS_METHODS, or the desktop app cannot call it`);
    }
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(syncRoutes);
  await app.register(fileRoutes);
  await app.register(committeeRoutes);
  await app.register(dashboardRoutes);
  await app.register(adminRoutes);
  return app;
}
