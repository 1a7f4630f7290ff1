import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
export declare function adminRoutes({ db, authenticate }: AppContext): (app: FastifyInstance) => Promise<void>;
