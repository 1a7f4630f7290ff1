// GET /dashboard: the server's SQL figures for the whole institute equal shared/dashboard's on the
// same records, for every period length and a date range; only desk officers and admins may ask;
// bad input is a 400, never a 500.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auth, startHarness, type Harness } from '../../support/server/harness';
import { describeOnEachDb } from '../../support/server/testDb';
import { dashboardFigures, notificationFacts, PERIODS, type DashboardInput, type DashboardResponse } from '../../../shared/dashboard';
import { dashboardInputOf, generateDashboardWorld } from '../../../shared/dashboard/testing/generateDashboardWorld';
import type { Notification } from '../../../shared/domain/notification';

const TODAY = '2025-06-15';
const world = generateDashboardWorld({ notifications: 500, comments: 1500, today: TODAY });

/** Writes the generated institute beside the harness's own world, in a few set-based statements. */
async function insertWorld(h: Harness) {
  await h.test.db.transaction(async (tx) => {
    const rows = (items: unknown[]) => [JSON.stringify(items)];
    await tx.query(`INSERT INTO committees (id, code, name) SELECT x->>'id', x->>'code', x->>'name' FROM jsonb_array_elements($1::jsonb) x`, rows(world.committees));
    await tx.query(`INSERT INTO notifications (id, data) SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) x`, rows(world.notifications));
    await tx.query(`INSERT INTO assignments (notification_id, committee_id) SELECT x->>'notificationId', x->>'committeeId' FROM jsonb_array_elements($1::jsonb) x`, rows(world.assignments));
    const comments = world.comments.map((c) => ({ ...c, body: { id: c.id, notificationId: c.notificationId, status: 'finished', updatedAt: c.updatedAt } }));
    await tx.query(
      `INSERT INTO comments (id, notification_id, committee_id, author_id, version, withdrawn, body)
       SELECT x->>'id', x->>'notificationId', x->>'committeeId', $2, 1, (x->>'withdrawn')::boolean, x->'body' FROM jsonb_array_elements($1::jsonb) x`,
      [JSON.stringify(comments), h.world.users.reviewerA],
    );
    const positions = world.positions.map((p) => ({ ...p, body: { notificationId: p.notificationId, approved: p.approved } }));
    await tx.query(
      `INSERT INTO committee_positions (notification_id, committee_id, version, approved_by, body)
       SELECT x->>'notificationId', x->>'committeeId', 1, $2, x->'body' FROM jsonb_array_elements($1::jsonb) x`,
      [JSON.stringify(positions), h.world.users.secretaryA],
    );
  });
}

/** Everything the server holds, as the shared aggregation takes it (no sending records: they are not synced). */
async function expectedInput(h: Harness): Promise<DashboardInput> {
  const own = await h.test.db.query<{ data: Notification }>(`SELECT data FROM notifications WHERE NOT (id = ANY($1::text[]))`, [world.notifications.map((n) => n.id)]);
  const ownAssignments = await h.test.db.query<{ notificationId: string; committeeId: string }>(
    `SELECT notification_id AS "notificationId", committee_id AS "committeeId" FROM assignments WHERE active AND NOT (notification_id = ANY($1::text[]))`,
    [world.notifications.map((n) => n.id)],
  );
  const generated = dashboardInputOf(world, { withSendingRecords: false });
  return { ...generated, notifications: [...own.map((r) => r.data), ...generated.notifications], assignments: [...ownAssignments, ...generated.assignments] };
}

await describeOnEachDb('the comment-rate dashboard', (kind) => {
  let h: Harness;
  let input: DashboardInput;
  beforeAll(async () => {
    h = await startHarness(kind);
    await insertWorld(h);
    input = await expectedInput(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const get = (url: string, token = h.tokens.officer) => h.app.inject({ method: 'GET', url, headers: auth(token) });

  it('computes in SQL the figures the app computes, for every period length', async () => {
    for (const period of PERIODS) {
      const response = await get(`/dashboard?period=${period}&today=${TODAY}`);
      expect(response.statusCode).toBe(200);
      const body = response.json<DashboardResponse>();
      expect(body.figures).toEqual(dashboardFigures(notificationFacts(input, period), TODAY));
    }
    // The world is varied enough for the comparison to mean something.
    const totals = dashboardFigures(notificationFacts(input, 'month'), TODAY).totals;
    expect(totals.commented).toBeGreaterThan(0);
    expect(totals.commented).toBeLessThan(totals.received);
    expect(totals.approved).toBeGreaterThan(0);
  });

  it('counts only the notifications distributed within from…to', async () => {
    const [from, to] = ['2025-04-01', '2025-05-15'];
    const response = await get(`/dashboard?period=week&from=${from}&to=${to}&today=${TODAY}`, h.tokens.admin);
    expect(response.statusCode).toBe(200);
    const within = { ...input, notifications: input.notifications.filter((n) => n.distributionDate && n.distributionDate >= from && n.distributionDate <= to) };
    expect(within.notifications.length).toBeGreaterThan(0);
    expect(response.json<DashboardResponse>().figures).toEqual(dashboardFigures(notificationFacts(within, 'week'), TODAY));
  });

  it('answers desk officers and admins only', async () => {
    expect((await get('/dashboard', h.tokens.reviewerA)).statusCode).toBe(403);
    expect((await get('/dashboard', h.tokens.secretaryA)).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: '/dashboard' })).statusCode).toBe(401);
    expect((await get('/dashboard', h.tokens.admin)).statusCode).toBe(200);
  });

  it('refuses bad input with 400 and says which field', async () => {
    for (const [query, field] of [
      ['period=decade', 'period'],
      ['from=2025-13-01', 'from'],
      ['from=2025-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2025-06-01&to=2025-05-01', 'from'],
      ['today=2025-6-1', 'today'],
      ['colour=red', '(body)'],
      ["from=2025-01-01'--", 'from'],
    ]) {
      const response = await get(`/dashboard?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ error: string; message: string }>().message, query).toContain(field);
    }
  });
});
