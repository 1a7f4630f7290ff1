// Configuration from the environment; every value has a default that works on a fresh machine.
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL; when absent the embedded PGlite in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  /** Failed logins per username within loginWindowMinutes before 429. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  logLevel: string;
  dbMaxConnections: number;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: int(env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || 'server-data'),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 720),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 8 * 1024 * 1024),
    uploadLimitBytes: int(env.UPLOAD_LIMIT_BYTES, 100 * 1024 * 1024),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: int(env.LOGIN_WINDOW_MINUTES, 15),
    logLevel: env.LOG_LEVEL || 'info',
    dbMaxConnections: int(env.DB_MAX_CONNECTIONS, 10),
  };
}
