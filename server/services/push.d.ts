import type { Db } from '../db/db';
import type { Actor } from '../auth/sessions';
import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
export declare function applyPush(db: Db, actor: Actor, push: PushRequest): Promise<PushResponse>;
