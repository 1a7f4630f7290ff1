import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
import { bearerToken } from '../app';
import { HttpError, parseBody } from '../errors';
import { burnPasswordCheck, verifyPassword } from '../auth/passwords';
import { createSession, revokeSession } from '../auth/sessions';
import { clearFailures, recentFailures, recordFailure } from '../auth/loginLimit';
import { findUserByUsername, sessionUser } from '../services/people';
import { audit } from '../services/audit';
import { loginRequestSchema, type LoginResponse } from '../../shared/sync/protocol';

export function authRoutes({ db, config, authenticate }: AppContext) {
  return async (app: FastifyInstance) => {
    app.post('/auth/login', async (request, reply) => {
      const { username, password } = parseBody(loginRequestSchema, request.body);
      if ((await recentFailures(db, username, config.loginWindowMinutes)) >= config.loginMaxFailures) {
        reply.header('Retry-After', String(config.loginWindowMinutes * 60));
        throw new HttpError(429, 'too_many_attempts', 'Too many failed logins; wait and try again');
      }
      const user = await findUserByUsername(db, username);
      const ok = user ? await verifyPassword(password, user.password_hash) : (await burnPasswordCheck(password), false);
      if (!user || !ok) {
        await recordFailure(db, username);
        throw new HttpError(401, 'invalid_credentials', 'Wrong username or password');
      }
      await clearFailures(db, username);
      const session = await createSession(db, user.id, config.sessionTtlHours);
      await audit(db, user.id, 'session.login', user.id, { ip: request.ip });
      const response: LoginResponse = { ...session, user: await sessionUser(db, user.id) };
      return response;
    });

    app.post('/auth/logout', async (request, reply) => {
      const actor = await authenticate(request);
      await revokeSession(db, bearerToken(request)!);
      await audit(db, actor.id, 'session.logout', actor.id);
      return reply.status(204).send();
    });

    app.get('/me', async (request) => sessionUser(db, (await authenticate(request)).id));
  };
}
