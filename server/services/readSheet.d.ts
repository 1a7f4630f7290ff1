import type { RawSheet } from '../../shared/import/cells';
export declare function readSheet(bytes: Uint8Array, fileName: string): Promise<RawSheet>;
