import type { Db } from './db';
export declare function migrate(db: Db, dir?: string): Promise<string[]>;
