import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app';
import { HttpError, parseBody } from '../errors';
import { addMember, createCommittee, createUser } from '../services/people';
import { addDocument, addStandard, assign, unassign } from '../services/catalog';
import { importEping } from '../services/importEping';
import { addMemberSchema, assignSchema, createCommitteeSchema, createUserSchema, documentUploadQuerySchema, importQuerySchema, standardUploadQuerySchema, unassignSchema } from '../../shared/sync/admin';

function bytesOf(request: FastifyRequest): Uint8Array {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new HttpError(400, 'invalid_body', 'Send the file as application/octet-stream');
  return new Uint8Array(request.body);
}

export function adminRoutes({ db, authenticate }: AppContext) {
  const admin = (request: FastifyRequest) => authenticate(request, ['admin']);
  return async (app: FastifyInstance) => {
    app.post('/admin/users', async (request, reply) => {
      const actor = await admin(request);
      const body = parseBody(createUserSchema, request.body);
      return reply.status(201).send(await db.transaction((tx) => createUser(tx, actor.id, body)));
    });

    app.post('/admin/committees', async (request, reply) => {
      const actor = await admin(request);
      const body = parseBody(createCommitteeSchema, request.body);
      return reply.status(201).send(await db.transaction((tx) => createCommittee(tx, actor.id, body)));
    });

    app.post<{ Params: { id: string } }>('/admin/committees/:id/members', async (request, reply) => {
      const actor = await admin(request);
      const { userId } = parseBody(addMemberSchema, request.body);
      await db.transaction((tx) => addMember(tx, actor.id, request.params.id, userId));
      return reply.status(204).send();
    });

    app.post('/admin/notifications/import', async (request) => {
      const actor = await admin(request);
      const { fileName } = parseBody(importQuerySchema, request.query);
      return importEping(db, actor.id, bytesOf(request), fileName);
    });

    app.post<{ Params: { id: string } }>('/admin/notifications/:id/documents', async (request, reply) => {
      const actor = await admin(request);
      const query = parseBody(documentUploadQuerySchema, request.query);
      const bytes = bytesOf(request);
      return reply.status(201).send(await db.transaction((tx) => addDocument(tx, actor.id, request.params.id, query.fileName, query.language, bytes)));
    });

    app.post('/admin/standards', async (request, reply) => {
      const actor = await admin(request);
      const query = parseBody(standardUploadQuerySchema, request.query);
      const bytes = bytesOf(request);
      return reply.status(201).send(await db.transaction((tx) => addStandard(tx, actor.id, query.identifier, query.title, query.fileName, bytes)));
    });

    app.post('/admin/assignments', async (request, reply) => {
      const actor = await admin(request);
      const body = parseBody(assignSchema, request.body);
      await db.transaction((tx) => assign(tx, actor.id, body.notificationId, body.committeeId, body.expertIds));
      return reply.status(204).send();
    });

    app.delete('/admin/assignments', async (request, reply) => {
      const actor = await admin(request);
      const body = parseBody(unassignSchema, request.body);
      await db.transaction((tx) => unassign(tx, actor.id, body.notificationId, body.committeeId));
      return reply.status(204).send();
    });
  };
}
