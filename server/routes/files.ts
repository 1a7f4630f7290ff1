// PDF bytes for offline use: whole or by byte range (resume, progress), with the sha256 as ETag.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../context';
import type { Queryable } from '../db/db';
import { HttpError } from '../errors';
import { canReadNotification } from '../services/catalog';

interface FileRow {
  sha256: string;
  byte_length: number;
  file_name: string;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` → inclusive [start, end]; null when absent; 'invalid' when unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

async function sendFile(db: Queryable, table: 'documents' | 'standards', id: string, row: FileRow, request: FastifyRequest, reply: FastifyReply) {
  const range = parseRange(request.headers.range, row.byte_length);
  if (range === 'invalid') return reply.status(416).header('Content-Range', `bytes */${row.byte_length}`).send({ error: 'range_not_satisfiable' });
  const start = range?.start ?? 0;
  const end = range?.end ?? row.byte_length - 1;
  // substring on bytea is 1-based; only the requested bytes leave the database.
  const [data] = await db.query<{ part: Uint8Array }>(`SELECT substring(content FROM $2 FOR $3) AS part FROM ${table} WHERE id = $1`, [id, start + 1, end - start + 1]);
  reply
    .header('Content-Type', 'application/pdf')
    .header('ETag', `"${row.sha256}"`)
    .header('X-Content-SHA256', row.sha256)
    .header('Accept-Ranges', 'bytes')
    .header('Content-Disposition', `attachment; filename="${encodeURIComponent(row.file_name)}"`);
  if (range) reply.status(206).header('Content-Range', `bytes ${start}-${end}/${row.byte_length}`);
  return reply.send(Buffer.from(data!.part));
}

export async function fileRoutes(app: FastifyInstance) {
  const { db } = app;

  app.get<{ Params: { id: string } }>('/documents/:id/content', async (request, reply) => {
    const actor = actorOf(request);
    const [row] = await db.query<FileRow & { notification_id: string }>('SELECT sha256, byte_length, file_name, notification_id FROM documents WHERE id = $1', [request.params.id]);
    // The same answer for "absent" and "not yours": ids reveal nothing.
    if (!row || !(await canReadNotification(db, actor, row.notification_id))) throw new HttpError(404, 'not_found');
    return sendFile(db, 'documents', request.params.id, row, request, reply);
  });

  app.get<{ Params: { id: string } }>('/standards/:id/content', async (request, reply) => {
    const [row] = await db.query<FileRow>('SELECT sha256, byte_length, file_name FROM standards WHERE id = $1', [request.params.id]);
    if (!row) throw new HttpError(404, 'not_found');
    return sendFile(db, 'standards', request.params.id, row, request, reply);
  });
}
