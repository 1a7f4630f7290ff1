import type { FastifyInstance } from 'fastify';
import { actorOf } from '../context';
import { HttpError, parseBody } from '../errors';
import { bearerToken } from '../auth/authenticate';
import { burnPasswordCheck, needsRehash, hashPassword, verifyPassword } from '../auth/passwords';
import { createSession, revokeSession } from '../auth/sessions';
import { loginSucceeded, takeLoginAttempt } from '../auth/loginLimit';
import { findUserByUsername, sessionUser } from '../services/people';
import { audit } from '../services/audit';
import { activateAccount } from '../services/directoryImport';
import { loginRequestSchema, type LoginResponse } from '../../shared/sync/protocol';
import { activateRequestSchema } from '../../shared/sync/admin';

export async function authRoutes(app: FastifyInstance) {
  const { db, serverConfig: config } = app;

  app.post('/auth/login', { config: { access: 'public' }, bodyLimit: 16 * 1024 }, async (request, reply) => {
    const { username, password } = parseBody(loginRequestSchema, request.body);
    const attempt = await takeLoginAttempt(db, config, username, request.ip);
    if (!attempt.allowed) {
      reply.header('Retry-After', String(attempt.retryAfterSeconds));
      throw new HttpError(429, 'too_many_attempts', 'Too many failed logins; wait and try again', { retryAfterSeconds: attempt.retryAfterSeconds });
    }
    const user = await findUserByUsername(db, username);
    const ok = user?.password_hash ? await verifyPassword(password, user.password_hash) : (await burnPasswordCheck(password), false);
    if (!user || !ok) throw new HttpError(401, 'invalid_credentials', 'Wrong username or password');
    // Said only to someone who knows the password: the account exists and an admin turned it off.
    if (user.disabled) throw new HttpError(403, 'account_disabled', 'This account is turned off; ask your administrator');
    await loginSucceeded(db, username, request.ip);
    if (needsRehash(user.password_hash!)) {
      await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, await hashPassword(password)]);
    }
    const session = await createSession(db, user.id, config.sessionTtlHours);
    await audit(db, user.id, 'session.login', user.id, { ip: request.ip });
    const response: LoginResponse = { ...session, user: await sessionUser(db, user.id) };
    return response;
  });

  // The first sign-in of a user imported in bulk: her activation code and the password she chooses.
  app.post('/auth/activate', { config: { access: 'public' }, bodyLimit: 16 * 1024 }, async (request) => {
    const { username, code, password } = parseBody(activateRequestSchema, request.body);
    const attempt = await takeLoginAttempt(db, config, username, request.ip);
    if (!attempt.allowed) throw new HttpError(429, 'too_many_attempts', 'Too many failed attempts; wait and try again', { retryAfterSeconds: attempt.retryAfterSeconds });
    const userId = await activateAccount(db, username, code, () => hashPassword(password));
    await loginSucceeded(db, username, request.ip);
    const session = await createSession(db, userId, config.sessionTtlHours);
    const response: LoginResponse = { ...session, user: await sessionUser(db, userId) };
    return response;
  });

  app.post('/auth/logout', async (request, reply) => {
    const actor = actorOf(request);
    await revokeSession(db, bearerToken(request)!);
    await audit(db, actor.id, 'session.logout', actor.id);
    return reply.status(204).send();
  });

  app.get('/me', async (request) => sessionUser(db, actorOf(request).id));
}
