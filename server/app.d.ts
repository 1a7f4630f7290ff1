import { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Db } from './db/db';
import type { ServerConfig } from './config';
import { type Actor } from './auth/sessions';
import type { Role } from '../shared/sync/protocol';
export interface AppContext {
    db: Db;
    config: ServerConfig;
    /** The user behind the request's bearer token, refusing roles not listed (all when omitted). */
    authenticate(request: FastifyRequest, roles?: readonly Role[]): Promise<Actor>;
}
export declare function bearerToken(request: FastifyRequest): string | null;
export declare function buildApp(db: Db, config: ServerConfig, logger?: boolean | object): Promise<FastifyInstance>;
