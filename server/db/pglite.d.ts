import type { Db } from './db';
/** PGlite in `dataDir` (in memory when undefined). PGlite runs one transaction at a time. */
export declare function openPglite(dataDir: string | undefined): Promise<Db>;
