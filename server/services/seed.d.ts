import type { Db } from '../db/db';
import type { Notification } from '../../shared/domain/notification';
import type { Role } from '../../shared/sync/protocol';
export declare const DEMO_PASSWORD = "demo-password";
export declare const DEMO_USERS: {
    username: string;
    displayName: string;
    role: Role;
    committees: string[];
}[];
/** A minimal valid one-page PDF showing `text`. */
export declare function tinyPdf(text: string): Uint8Array;
export declare function demoNotification(symbol: string, fields: {
    member: string;
    title: string;
    products: string;
    finalDateForComments: string | null;
}, now: string): Notification;
/** Seeds the demo; refuses when users already exist so that it never mixes with real data. */
export declare function seedDemo(db: Db): Promise<{
    users: typeof DEMO_USERS;
    password: string;
}>;
