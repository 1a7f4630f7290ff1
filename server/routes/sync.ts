import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
import { HttpError, parseBody } from '../errors';
import { applyPush } from '../services/push';
import { decodeCursor, pullChanges } from '../services/changes';
import { setLock } from '../services/catalog';
import { lockRequestSchema, pullQuerySchema, pushRequestSchema } from '../../shared/sync/protocol';

export function syncRoutes({ db, authenticate }: AppContext) {
  return async (app: FastifyInstance) => {
    app.post('/sync/push', async (request) => {
      const actor = await authenticate(request, ['reviewer', 'secretary']);
      return applyPush(db, actor, parseBody(pushRequestSchema, request.body));
    });

    app.get('/sync/pull', async (request) => {
      const actor = await authenticate(request);
      const query = parseBody(pullQuerySchema, request.query);
      const cursor = decodeCursor(query.cursor);
      if (!cursor) throw new HttpError(400, 'invalid_cursor', 'Start again without a cursor');
      return pullChanges(db, actor, cursor, query.limit);
    });

    app.post('/compilations/lock', async (request, reply) => {
      const actor = await authenticate(request, ['secretary', 'admin']);
      const body = parseBody(lockRequestSchema, request.body);
      if (actor.role === 'secretary' && !actor.committeeIds.includes(body.committeeId)) throw new HttpError(403, 'forbidden', 'Not your committee');
      await db.transaction((tx) => setLock(tx, actor.id, body.notificationId, body.committeeId, body.locked));
      return reply.status(204).send();
    });
  };
}
