// The secretary of a committee (or an admin) manages its experts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf, type Access } from '../context';
import { HttpError, parseBody } from '../errors';
import { addExpert, createExpert, removeExpert } from '../services/committeeExperts';
import { addExpertSchema, newExpertSchema } from '../../shared/sync/admin';

const SECRETARY = { access: ['secretary', 'admin'] satisfies Access };

function ownCommittee(request: FastifyRequest<{ Params: { id: string } }>) {
  const actor = actorOf(request);
  if (actor.role === 'secretary' && !actor.committeeIds.includes(request.params.id)) throw new HttpError(403, 'forbidden', 'Not your committee');
  return actor;
}

export async function committeeRoutes(app: FastifyInstance) {
  const { db } = app;

  app.post<{ Params: { id: string } }>('/committees/:id/experts', { config: SECRETARY }, async (request, reply) => {
    const actor = ownCommittee(request);
    const { username } = parseBody(addExpertSchema, request.body);
    return reply.status(201).send(await db.transaction((tx) => addExpert(tx, actor.id, request.params.id, username)));
  });

  app.post<{ Params: { id: string } }>('/committees/:id/experts/new', { config: SECRETARY }, async (request, reply) => {
    const actor = ownCommittee(request);
    const body = parseBody(newExpertSchema, request.body);
    return reply.status(201).send(await db.transaction((tx) => createExpert(tx, actor.id, request.params.id, body.username, body.displayName)));
  });

  app.delete<{ Params: { id: string; userId: string } }>('/committees/:id/experts/:userId', { config: SECRETARY }, async (request, reply) => {
    const actor = ownCommittee(request);
    await db.transaction((tx) => removeExpert(tx, actor.id, request.params.id, request.params.userId));
    return reply.status(204).send();
  });
}
