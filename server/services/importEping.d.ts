import type { Db } from '../db/db';
import { type ImportStats } from '../../shared/import/eping';
export declare function importEping(db: Db, by: string | null, bytes: Uint8Array, fileName: string): Promise<{
    created: number;
    updated: number;
    stats: ImportStats;
}>;
