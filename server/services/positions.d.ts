import type { Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import type { MutationResult, PositionPutMutation } from '../../shared/sync/protocol';
export declare function positionEntityId(notificationId: string, committeeId: string): string;
export declare function applyPositionPut(tx: Queryable, actor: Actor, m: PositionPutMutation): Promise<MutationResult>;
