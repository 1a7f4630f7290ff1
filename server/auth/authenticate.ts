// The onRequest hook: checks the bearer token and the route's roles before Fastify reads a byte
// of the body, so an unauthenticated upload costs the server nothing.
import type { FastifyRequest } from 'fastify';
import { actorForToken } from './sessions';
import { HttpError } from '../errors';
import '../context';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1]! : null;
}

export async function authenticate(request: FastifyRequest): Promise<void> {
  request.actor = null;
  // Unknown paths fall through to the 404 handler; CORS preflights carry no token.
  if (!request.routeOptions.url || request.method === 'OPTIONS') return;
  const access = request.routeOptions.config.access ?? 'signed-in';
  if (access === 'public') return;
  const token = bearerToken(request);
  const actor = token ? await actorForToken(request.server.db, token) : null;
  if (!actor) throw new HttpError(401, 'unauthorized', 'Log in again');
  if (access !== 'signed-in' && !access.includes(actor.role)) throw new HttpError(403, 'forbidden', 'Your role may not do this');
  request.actor = actor;
}
