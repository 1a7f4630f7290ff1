// Applies a secretary's approved committee position (mutation `position.put`, see PROTOCOL.md):
// stored with a new version, recorded in the change log, and the compilation locked with it.
import type { Queryable } from '../db/db';
import type { Actor } from '../auth/sessions';
import { audit } from './audit';
import { appendChange } from './changes';
import { setLock } from './catalog';
import type { MutationResult, PositionPutMutation, ServerPosition } from '../../shared/sync/protocol';

export function positionEntityId(notificationId: string, committeeId: string): string {
  return `${notificationId} ${committeeId}`;
}

export async function applyPositionPut(tx: Queryable, actor: Actor, m: PositionPutMutation): Promise<MutationResult> {
  const { notificationId } = m.position;
  const committeeId = m.position.committee.id;
  if (actor.role !== 'secretary' || !actor.committeeIds.includes(committeeId)) return { id: m.id, status: 'rejected', reason: 'forbidden' };
  const [assignment] = await tx.query<{ locked: boolean }>('SELECT locked FROM assignments WHERE notification_id = $1 AND committee_id = $2 AND active FOR UPDATE', [notificationId, committeeId]);
  if (!assignment) return { id: m.id, status: 'rejected', reason: 'not_assigned' };

  const [saved] = await tx.query<{ version: number; updated_at: unknown }>(
    `INSERT INTO committee_positions (notification_id, committee_id, version, approved_by, body) VALUES ($1, $2, 1, $3, $4)
     ON CONFLICT (notification_id, committee_id)
     DO UPDATE SET version = committee_positions.version + 1, approved_by = EXCLUDED.approved_by, body = EXCLUDED.body, updated_at = now()
     RETURNING version, updated_at`,
    [notificationId, committeeId, actor.id, JSON.stringify(m.position)],
  );
  const data: ServerPosition = {
    position: m.position,
    committeeId,
    version: saved!.version,
    approvedById: actor.id,
    approvedByName: actor.displayName,
    updatedAt: new Date(saved!.updated_at as string).toISOString(),
  };
  await appendChange(tx, { kind: 'position', entityId: positionEntityId(notificationId, committeeId), committeeId, data });
  await audit(tx, actor.id, 'position.approve', notificationId, { committeeId, version: saved!.version });
  // An approval made offline reaches the server here: the compilation locks with it.
  if (!assignment.locked) await setLock(tx, actor.id, notificationId, committeeId, true);
  return { id: m.id, status: 'applied', version: saved!.version };
}
