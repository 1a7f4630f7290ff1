import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf, type Access } from '../context';
import { HttpError, parseBody } from '../errors';
import { addMember, createCommittee, createUser } from '../services/people';
import { addDocument, addStandard, assign, unassign } from '../services/catalog';
import { importEping } from '../services/importEping';
import { importDirectory } from '../services/directoryImport';
import { importScopes, listScopes, setScope } from '../services/committeeScopes';
import { routingSuggestions } from '../services/routingSuggestions';
import { scopeInputSchema } from '../../shared/routing/scope';
import { addMemberSchema, routingSuggestionsQuerySchema, scopeImportQuerySchema, assignSchema, createCommitteeSchema, createUserSchema, directoryImportQuerySchema, documentUploadQuerySchema, importQuerySchema, standardUploadQuerySchema, unassignSchema } from '../../shared/sync/admin';

const ADMIN = { access: ['admin'] satisfies Access };

function bytesOf(request: FastifyRequest): Uint8Array {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new HttpError(400, 'invalid_body', 'Send the file as application/octet-stream');
  return new Uint8Array(request.body);
}

export async function adminRoutes(app: FastifyInstance) {
  const { db, serverConfig: config } = app;
  // Files arrive as raw bytes on these routes only (this plugin's own parser). The authentication
  // hook has already run; Fastify refuses a Content-Length over the cap up front and stops reading
  // a stream as soon as it passes the cap.
  app.addContentTypeParser(['application/octet-stream', 'application/pdf'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const upload = { config: ADMIN, bodyLimit: config.uploadLimitBytes };

  app.post('/admin/users', { config: ADMIN }, async (request, reply) => {
    const body = parseBody(createUserSchema, request.body);
    return reply.status(201).send(await db.transaction((tx) => createUser(tx, actorOf(request).id, body)));
  });

  app.post('/admin/committees', { config: ADMIN }, async (request, reply) => {
    const body = parseBody(createCommitteeSchema, request.body);
    return reply.status(201).send(await db.transaction((tx) => createCommittee(tx, actorOf(request).id, body)));
  });

  app.post<{ Params: { id: string } }>('/admin/committees/:id/members', { config: ADMIN }, async (request, reply) => {
    const { userId } = parseBody(addMemberSchema, request.body);
    await db.transaction((tx) => addMember(tx, actorOf(request).id, request.params.id, userId));
    return reply.status(204).send();
  });

  app.post('/admin/notifications/import', upload, async (request) => {
    const { fileName } = parseBody(importQuerySchema, request.query);
    return importEping(db, actorOf(request).id, bytesOf(request), fileName);
  });

  // Committees or users in bulk; 422 with every bad row when the file is not clean (nothing changed).
  app.post<{ Params: { kind: string } }>('/admin/directory/:kind', upload, async (request, reply) => {
    const kind = request.params.kind;
    if (kind !== 'committees' && kind !== 'users') throw new HttpError(404, 'not_found');
    const query = parseBody(directoryImportQuerySchema, request.query);
    const result = await importDirectory(db, actorOf(request).id, kind, bytesOf(request), query.fileName, { dryRun: query.dryRun });
    return reply.status(result.problems.length ? 422 : 200).send(result);
  });

  // Committee scopes in bulk; 422 with every bad row when the file is not clean (nothing changed).
  app.post('/admin/scopes', upload, async (request, reply) => {
    const query = parseBody(scopeImportQuerySchema, request.query);
    const result = await importScopes(db, actorOf(request).id, bytesOf(request), query.fileName, { dryRun: query.dryRun });
    return reply.status(result.problems.length ? 422 : 200).send(result);
  });

  app.get('/admin/scopes', { config: ADMIN }, async () => ({ scopes: await listScopes(db) }));

  app.put<{ Params: { id: string } }>('/admin/committees/:id/scope', { config: ADMIN }, async (request) => {
    const scope = parseBody(scopeInputSchema, request.body);
    return db.transaction((tx) => setScope(tx, actorOf(request).id, request.params.id, scope));
  });

  app.get('/admin/routing/suggestions', { config: ADMIN }, async (request) => {
    const { since } = parseBody(routingSuggestionsQuerySchema, request.query);
    return routingSuggestions(db, since);
  });

  app.post<{ Params: { id: string } }>('/admin/notifications/:id/documents', upload, async (request, reply) => {
    const query = parseBody(documentUploadQuerySchema, request.query);
    const bytes = bytesOf(request);
    return reply.status(201).send(await db.transaction((tx) => addDocument(tx, actorOf(request).id, request.params.id, query.fileName, query.language, bytes)));
  });

  app.post('/admin/standards', upload, async (request, reply) => {
    const query = parseBody(standardUploadQuerySchema, request.query);
    const bytes = bytesOf(request);
    return reply.status(201).send(await db.transaction((tx) => addStandard(tx, actorOf(request).id, query.identifier, query.title, query.fileName, bytes)));
  });

  app.post('/admin/assignments', { config: ADMIN }, async (request, reply) => {
    const body = parseBody(assignSchema, request.body);
    await db.transaction((tx) => assign(tx, actorOf(request).id, body.notificationId, body.committeeId, body.expertIds));
    return reply.status(204).send();
  });

  app.delete('/admin/assignments', { config: ADMIN }, async (request, reply) => {
    const body = parseBody(unassignSchema, request.body);
    await db.transaction((tx) => unassign(tx, actorOf(request).id, body.notificationId, body.committeeId));
    return reply.status(204).send();
  });
}
