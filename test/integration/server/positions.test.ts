// Committee positions through the sync server: the secretary pushes the approved position, desk
// officers and admins pull it, reviewers never see it, and a retried push applies it once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, newClientId, push, startHarness, type Harness } from '../../support/server/harness';
import { finishedComment, N_A, N_B } from '../../support/server/world';
import { describeOnEachDb } from '../../support/server/testDb';
import type { Change, PullResponse, PositionPutMutation } from '../../../shared/sync/protocol';


async function pullAll(h: Harness, token: string): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = '';
  for (;;) {
    const response = await h.app.inject({ method: 'GET', url: `/sync/pull${cursor ? `?cursor=${cursor}` : ''}`, headers: auth(token) });
    expect(response.statusCode).toBe(200);
    const body = response.json<PullResponse>();
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.hasMore) return changes;
  }
}

function positionPut(id: number, notificationId: string, committeeId: string, sourceId: string, text: string): PositionPutMutation {
  return {
    id,
    op: 'position.put',
    position: {
      notificationId,
      committee: { id: committeeId, code: 'TC-A', name: 'Committee A' },
      compiled: [
        {
          id: `cc:${sourceId}`,
          notificationId,
          sourceCommentIds: [sourceId],
          decision: 'accepted',
          observation: '同意',
          clause: '4.2',
          paragraph: '',
          line: '',
          type: 'te',
          concerns: ['not_international_standard'],
          commentZh: '建议采用国际标准。',
          commentEn: text,
          proposedChangeZh: '',
          proposedChangeEn: '',
          referenceStandard: '',
          referenceClause: '',
          order: 0,
        },
      ],
      approved: true,
      approvedAt: '2026-11-20T08:00:00.000Z',
      locked: true,
    },
  };
}

const positionsIn = (changes: Change[]) => changes.filter((c) => c.kind === 'position').map((c) => c.data);

await describeOnEachDb('committee positions', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  it('the secretary pushes the approved position; desk officers and admins pull it, reviewers and other committees get nothing', async () => {
    const source = finishedComment(N_A);
    await push(h.app, h.tokens.reviewerA, newClientId(), [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: source }]);
    const pushed = await push(h.app, h.tokens.secretaryA, newClientId(), [positionPut(1, N_A, h.world.committeeA, source.id, 'Align with ISO 8124-1.')]);
    expect(pushed.body).toEqual({ ackedThrough: 1, results: [{ id: 1, status: 'applied', version: 1 }] });

    for (const token of [h.tokens.officer, h.tokens.admin, h.tokens.secretaryA]) {
      const [pulled] = positionsIn(await pullAll(h, token));
      expect(pulled).toMatchObject({ committeeId: h.world.committeeA, version: 1, approvedByName: 'secretaryA', position: { notificationId: N_A, approved: true } });
    }
    for (const token of [h.tokens.reviewerA, h.tokens.reviewerB, h.tokens.secretaryB]) expect(positionsIn(await pullAll(h, token))).toEqual([]);
  });

  it('applying the position locks the compilation, so the experts can no longer revise its comments', async () => {
    const source = finishedComment(N_A);
    const reviewer = newClientId();
    await push(h.app, h.tokens.reviewerA, reviewer, [{ id: 1, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: null, comment: source }]);
    await push(h.app, h.tokens.secretaryA, newClientId(), [positionPut(1, N_A, h.world.committeeA, source.id, 'Locked by approval')]);
    const revision = await push(h.app, h.tokens.reviewerA, reviewer, [{ id: 2, op: 'comment.put', committeeId: h.world.committeeA, baseVersion: 1, comment: { ...source, commentEn: 'too late' } }]);
    expect(revision.body.results).toEqual([{ id: 2, status: 'rejected', reason: 'locked' }]);
    const locks = (await pullAll(h, h.tokens.reviewerA)).filter((c) => c.kind === 'lock');
    expect(locks.at(-1)?.data).toMatchObject({ notificationId: N_A, committeeId: h.world.committeeA, locked: true });
    await h.app.inject({ method: 'POST', url: '/compilations/lock', headers: auth(h.tokens.secretaryA), payload: { notificationId: N_A, committeeId: h.world.committeeA, locked: false } });
  });

  it('only the secretary of the committee may push its position', async () => {
    const mutation = positionPut(1, N_A, h.world.committeeA, 'c-x', 'not theirs');
    const byReviewer = await push(h.app, h.tokens.reviewerA, newClientId(), [mutation]);
    expect(byReviewer.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'forbidden' }]);
    const byOtherSecretary = await push(h.app, h.tokens.secretaryB, newClientId(), [mutation]);
    expect(byOtherSecretary.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'forbidden' }]);
    const notAssigned = await push(h.app, h.tokens.secretaryA, newClientId(), [positionPut(1, N_B, h.world.committeeA, 'c-y', 'wrong notification')]);
    expect(notAssigned.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'not_assigned' }]);
    const stored = await h.test.db.query('SELECT 1 FROM committee_positions WHERE body::text LIKE $1', ['%not theirs%']);
    expect(stored).toEqual([]);
  });

  it('a retried push stores the position once; a later approval makes a new version that wins', async () => {
    const clientId = newClientId();
    const first = [positionPut(1, N_A, h.world.committeeA, 'c-1', 'first approval')];
    const applied = await push(h.app, h.tokens.secretaryA, clientId, first);
    const retry = await push(h.app, h.tokens.secretaryA, clientId, first);
    expect(retry.body).toEqual(applied.body);
    const [before] = await h.test.db.query<{ version: number }>('SELECT version FROM committee_positions WHERE notification_id = $1 AND committee_id = $2', [N_A, h.world.committeeA]);
    const again = await push(h.app, h.tokens.secretaryA, clientId, [positionPut(2, N_A, h.world.committeeA, 'c-1', 'second approval')]);
    expect(again.body.results).toEqual([{ id: 2, status: 'applied', version: before!.version + 1 }]);
    const pulled = positionsIn(await pullAll(h, h.tokens.officer));
    expect(pulled.at(-1)).toMatchObject({ version: before!.version + 1, position: { compiled: [{ commentEn: 'second approval' }] } });
    expect(pulled.filter((p) => p.position.compiled[0]!.commentEn === 'first approval')).toHaveLength(1);
  });
});
