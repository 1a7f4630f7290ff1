import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
export declare function authRoutes({ db, config, authenticate }: AppContext): (app: FastifyInstance) => Promise<void>;
