import type { z } from 'zod';
/** An error whose status and code are safe to show the client. */
export declare class HttpError extends Error {
    readonly statusCode: number;
    readonly code: string;
    readonly extra: Record<string, unknown>;
    constructor(statusCode: number, code: string, message?: string, extra?: Record<string, unknown>);
}
/** Parses a body with a shared schema; a failure is 400 `invalid_body` naming the fields. */
export declare function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S>;
