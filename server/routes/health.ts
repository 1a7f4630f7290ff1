import type { FastifyInstance } from 'fastify';
import '../context';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/health', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      await app.db.query('SELECT 1');
      return { status: 'ok', db: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: 'unreachable' });
    }
  });
}
