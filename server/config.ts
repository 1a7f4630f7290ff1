// Configuration from the environment; every value has a default that works on a fresh machine.
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL; when absent the embedded PGlite in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionTtlHours: number;
  /** JSON bodies of every route but push and uploads. */
  bodyLimitBytes: number;
  /** A push of up to MAX_MUTATIONS_PER_PUSH finished comments. */
  pushBodyLimitBytes: number;
  /** PDFs and spreadsheets, admin routes only. */
  uploadLimitBytes: number;
  /** Failed logins allowed per username from one address, and per address, before the back-off starts. */
  loginFreeFailures: number;
  /** The first back-off; it doubles with every further failure, up to loginMaxBackoffSeconds. */
  loginBackoffSeconds: number;
  loginMaxBackoffSeconds: number;
  /** Headers must arrive within this; the whole request within requestTimeoutMs; an idle socket closes after idleTimeoutMs. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  /**
   * Fastify's trustProxy: false (the default: the socket's address is the client's), or the
   * addresses/CIDRs of the reverse proxies whose X-Forwarded-For is believed.
   */
  trustProxy: false | string[];
  /** Origins allowed by CORS besides the desktop app's own (app://tbt). */
  corsOrigins: string[];
  logLevel: string;
  dbMaxConnections: number;
}

/** The desktop app's origin (electron/main/appProtocol.ts serves the renderer there). */
export const DESKTOP_APP_ORIGIN = 'app://tbt';

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${value}"`);
  return n;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function trustProxy(value: string | undefined): false | string[] {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') throw new Error('TRUST_PROXY=true would let any client choose its address; list the proxy addresses instead (e.g. TRUST_PROXY=127.0.0.1)');
  return list(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: int(env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || 'server-data'),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 720),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 256 * 1024),
    pushBodyLimitBytes: int(env.PUSH_BODY_LIMIT_BYTES, 4 * 1024 * 1024),
    uploadLimitBytes: int(env.UPLOAD_LIMIT_BYTES, 100 * 1024 * 1024),
    loginFreeFailures: int(env.LOGIN_FREE_FAILURES, 5),
    loginBackoffSeconds: int(env.LOGIN_BACKOFF_SECONDS, 30),
    loginMaxBackoffSeconds: int(env.LOGIN_MAX_BACKOFF_SECONDS, 3600),
    headersTimeoutMs: int(env.HEADERS_TIMEOUT_MS, 10_000),
    requestTimeoutMs: int(env.REQUEST_TIMEOUT_MS, 120_000),
    idleTimeoutMs: int(env.IDLE_TIMEOUT_MS, 30_000),
    trustProxy: trustProxy(env.TRUST_PROXY),
    corsOrigins: list(env.CORS_ORIGINS),
    logLevel: env.LOG_LEVEL || 'info',
    dbMaxConnections: int(env.DB_MAX_CONNECTIONS, 10),
  };
}
