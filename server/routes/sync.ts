import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../context';
import { HttpError, parseBody } from '../errors';
import { applyPush } from '../services/push';
import { decodeCursor, pullPage } from '../services/changes';
import { assign, setLock } from '../services/catalog';
import { expertAssignmentSchema, lockRequestSchema, PULL_NEXT_CURSOR_HEADER, pullQuerySchema, pushRequestSchema, type CommitteeMembersResponse } from '../../shared/sync/protocol';

export async function syncRoutes(app: FastifyInstance) {
  const { db, serverConfig: config } = app;

  app.post('/sync/push', { config: { access: ['reviewer', 'secretary'] }, bodyLimit: config.pushBodyLimitBytes }, async (request) => {
    const actor = actorOf(request);
    return applyPush(db, actor, parseBody(pushRequestSchema, request.body));
  });

  app.get('/sync/pull', async (request, reply) => {
    const actor = actorOf(request);
    const query = parseBody(pullQuerySchema, request.query);
    const cursor = decodeCursor(query.cursor, actor.viewVersion);
    if (cursor === null) throw new HttpError(400, 'invalid_cursor', 'Start again without a cursor');
    const page = await pullPage(db, actor, cursor, query.limit);
    if (page.hasMore) reply.header(PULL_NEXT_CURSOR_HEADER, page.cursor);
    // A failure after the headers are out breaks the connection: the client sees no answer and retries.
    return reply.type('application/json; charset=utf-8').send(Readable.from(page.body));
  });

  app.post('/compilations/lock', { config: { access: ['secretary', 'admin'] } }, async (request, reply) => {
    const actor = actorOf(request);
    const body = parseBody(lockRequestSchema, request.body);
    if (actor.role === 'secretary' && !actor.committeeIds.includes(body.committeeId)) throw new HttpError(403, 'forbidden', 'Not your committee');
    await db.transaction((tx) => setLock(tx, actor.id, body.notificationId, body.committeeId, body.locked));
    return reply.status(204).send();
  });

  // The secretary of the committee (or an admin) chooses which experts review an assigned notification.
  app.post('/compilations/experts', { config: { access: ['secretary', 'admin'] } }, async (request, reply) => {
    const actor = actorOf(request);
    const body = parseBody(expertAssignmentSchema, request.body);
    if (actor.role === 'secretary' && !actor.committeeIds.includes(body.committeeId)) throw new HttpError(403, 'forbidden', 'Not your committee');
    await db.transaction(async (tx) => {
      const [assignment] = await tx.query('SELECT 1 FROM assignments WHERE notification_id = $1 AND committee_id = $2 AND active FOR UPDATE', [body.notificationId, body.committeeId]);
      if (!assignment) throw new HttpError(404, 'not_assigned', 'The notification is not assigned to this committee');
      await assign(tx, actor.id, body.notificationId, body.committeeId, [...new Set(body.expertIds)]);
    });
    return reply.status(204).send();
  });

  app.get<{ Params: { id: string } }>('/committees/:id/members', { config: { access: ['secretary', 'desk_officer', 'admin'] } }, async (request): Promise<CommitteeMembersResponse> => {
    const actor = actorOf(request);
    if (actor.role === 'secretary' && !actor.committeeIds.includes(request.params.id)) throw new HttpError(403, 'forbidden', 'Not your committee');
    const rows = await db.query<{ id: string; display_name: string; role: CommitteeMembersResponse['members'][number]['role'] }>(
      'SELECT u.id, u.display_name, u.role FROM committee_members m JOIN users u ON u.id = m.user_id WHERE m.committee_id = $1 ORDER BY u.display_name, u.id',
      [request.params.id],
    );
    return { members: rows.map((row) => ({ id: row.id, displayName: row.display_name, role: row.role })) };
  });
}
