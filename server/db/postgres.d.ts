import type { Db } from './db';
export declare function openPostgres(connectionString: string, maxConnections?: number): Db;
