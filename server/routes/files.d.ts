import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
/** `bytes=a-b`, `bytes=a-` or `bytes=-n` → inclusive [start, end]; null when absent; 'invalid' when unsatisfiable. */
export declare function parseRange(header: string | undefined, size: number): {
    start: number;
    end: number;
} | null | 'invalid';
export declare function fileRoutes({ db, authenticate }: AppContext): (app: FastifyInstance) => Promise<void>;
