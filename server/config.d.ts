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
export declare function configFromEnv(env?: NodeJS.ProcessEnv): ServerConfig;
