// Committee scopes on the server: the bulk import (dry run, every bad row in English and Chinese,
// idempotent re-import), the admin's edit of one scope, delivery to the committee by pull, and the
// routing suggestions that rank the week's unassigned notifications with their reasons.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { upsertNotifications } from '../../../server/services/catalog';
import { demoNotification } from '../../../server/services/seed';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, login, type World } from '../../support/server/world';
import { auth } from '../../support/server/harness';
import { csvFile as csv, xlsxFile } from '../../support/sheets';

const xlsx = (rows: (string | number)[][]) => xlsxFile('范围', rows);

await describeOnEachDb('committee scopes and routing suggestions', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  let world: World;
  let adminToken: string;
  beforeAll(async () => {
    test = await openTestDb(kind);
    world = await buildWorld(test.db);
    app = await buildApp(test.db, configFromEnv({}), false);
    adminToken = await login(app, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const upload = (file: Buffer, fileName: string, dryRun = false, token = adminToken) =>
    app.inject({ method: 'POST', url: `/admin/scopes?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`, headers: { ...auth(token), 'content-type': 'application/octet-stream' }, payload: file });
  const scopeRows = async () => (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM committee_scopes'))[0]!.n;
  const scopeChanges = async () => (await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM changes WHERE kind = 'scope'`))[0]!.n;

  it('a file with bad rows: every one is reported with its row and column in English and Chinese, and nothing changes', async () => {
    const file = csv([
      ['code', 'ICS', 'HS', 'keywords zh', 'keywords en'],
      ['TC-A', '97.200.50; 97.190', '9503', '玩具', 'toys'],
      ['TC-Z', '', '', '', ''],
      ['TC-B', '29.220.x', '85', '电池', 'batteries'],
      ['TC-B', '', '8507; 12345', '', ''],
      ['', '13', '', '', ''],
    ]);
    for (const dryRun of [true, false]) {
      const response = await upload(file, 'scopes.csv', dryRun);
      expect(response.statusCode).toBe(422);
      const problems = response.json().problems as { row: number; column: string; problem: string; message: { en: string; zh: string } }[];
      expect(problems.map((p) => [p.row, p.column, p.problem])).toEqual([
        [3, 'code', 'unknown_committee'],
        [4, 'ICS', 'invalid_ics'],
        [5, 'code', 'duplicate_in_file'],
        [5, 'HS', 'invalid_hs'],
        [6, 'code', 'missing'],
      ]);
      expect(problems[0]!.message).toEqual({ en: 'no committee with the code TC-Z', zh: '委员会 TC-Z 不存在' });
      expect(problems[1]!.message.zh).toBe('29.220.x 不是 ICS 代码（如 97、97.200 或 97.200.50）');
    }
    expect(await scopeRows()).toBe(0);
  });

  it('a missing column is reported before any row', async () => {
    const response = await upload(csv([['code', 'ICS'], ['TC-A', '97']]), 's.csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().problems.map((p: { column: string }) => p.column)).toEqual(['HS', 'keywords zh', 'keywords en']);
  });

  it('a clean file with Chinese headers: the dry run counts, the import stores, re-importing changes nothing', async () => {
    const file = await xlsx([
      ['委员会代码', 'ICS 代码', 'HS 编码', '中文关键词', '英文关键词'],
      ['TC-A', '97.200.50；97.190', 9503, '玩具，童车', 'toys; prams'],
      ['TC-B', '29.220', '85.07', '电池', 'batteries'],
    ]);
    const dry = await upload(file, 'scopes.xlsx', true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, problems: [] });
    expect(await scopeRows()).toBe(0);

    const applied = await upload(file, 'scopes.xlsx');
    expect(applied.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const scopes = (await app.inject({ method: 'GET', url: '/admin/scopes', headers: auth(adminToken) })).json().scopes as { committeeCode: string; ics: string[]; hs: string[]; keywordsZh: string[] }[];
    expect(scopes.find((s) => s.committeeCode === 'TC-A')).toMatchObject({ ics: ['97.200.50', '97.190'], hs: ['9503'], keywordsZh: ['玩具', '童车'] });
    expect(scopes.find((s) => s.committeeCode === 'TC-B')).toMatchObject({ hs: ['8507'] });

    const changesBefore = await scopeChanges();
    const again = await upload(file, 'scopes.xlsx');
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await scopeChanges()).toBe(changesBefore);
  });

  it('the scope reaches the committee by pull, and not another committee', async () => {
    const pulledScopes = async (username: string) => {
      const token = await login(app, username);
      const body = (await app.inject({ method: 'GET', url: '/sync/pull?limit=1000', headers: auth(token) })).json();
      return (body.changes as { kind: string; data: { committeeCode: string } }[]).filter((c) => c.kind === 'scope').map((c) => c.data.committeeCode);
    };
    expect(await pulledScopes('reviewerA')).toEqual(['TC-A']);
    expect((await pulledScopes('admin')).sort()).toEqual(['TC-A', 'TC-B']);
  });

  it('the admin edits one scope; bad input is 400 and leaves it as it was; others get 403', async () => {
    const put = (body: unknown, token = adminToken, id = world.committeeA) => app.inject({ method: 'PUT', url: `/admin/committees/${id}/scope`, headers: auth(token), payload: body as object });
    const edited = await put({ ics: ['97.200.50'], hs: ['95.03'], keywordsZh: ['玩具'], keywordsEn: ['toys', 'toy safety'] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ committeeCode: 'TC-A', hs: ['9503'], keywordsEn: ['toys', 'toy safety'] });
    expect((await put({ ics: ['nine'], hs: [], keywordsZh: [], keywordsEn: [] })).statusCode).toBe(400);
    expect((await put(['not', 'a', 'scope'])).statusCode).toBe(400);
    expect((await put({ ics: [], hs: [], keywordsZh: [], keywordsEn: [] }, adminToken, 'no-such-committee')).statusCode).toBe(404);
    const secretary = await login(app, 'secretaryA');
    expect((await put({ ics: [], hs: [], keywordsZh: [], keywordsEn: [] }, secretary)).statusCode).toBe(403);
    expect((await upload(csv([['code']]), 's.csv', false, secretary)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/admin/routing/suggestions?since=2020-01-01', headers: auth(secretary) })).statusCode).toBe(403);
    const scopes = (await app.inject({ method: 'GET', url: '/admin/scopes', headers: auth(adminToken) })).json().scopes as { committeeCode: string; ics: string[] }[];
    expect(scopes.find((s) => s.committeeCode === 'TC-A')!.ics).toEqual(['97.200.50']);
  });

  it('bad uploads are 400, never 500', async () => {
    expect((await upload(Buffer.from('%PDF-1.4 not a sheet'), 'scopes.xlsx')).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/admin/scopes', headers: { ...auth(adminToken), 'content-type': 'application/octet-stream' }, payload: csv([['code']]) })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/admin/routing/suggestions?since=last-week', headers: auth(adminToken) })).statusCode).toBe(400);
  });

  it('an institute of 1,300 committees: imported in one file, re-imported without a change', async () => {
    const codes = Array.from({ length: 1300 }, (_, i) => `SAC/TC ${1000 + i}`);
    const committees = await app.inject({ method: 'POST', url: '/admin/directory/committees?fileName=c.csv', headers: { ...auth(adminToken), 'content-type': 'application/octet-stream' }, payload: csv([['code', 'name'], ...codes.map((c) => [c, `Committee ${c}`])]) });
    expect(committees.statusCode).toBe(200);
    const file = csv([['code', 'ICS', 'HS', 'keywords zh', 'keywords en'], ...codes.map((c, i) => [c, `${10 + (i % 80)}.${String(20 + (i % 70) * 10).padStart(3, '0')}`, `${10 + (i % 85)}${String(10 + (i % 90))}`, '产品', 'products'])]);
    expect((await upload(file, 'all.csv')).json()).toMatchObject({ rows: 1300, created: 1300, problems: [] });
    const changes = await scopeChanges();
    expect((await upload(file, 'all.csv')).json()).toMatchObject({ rows: 1300, created: 0, updated: 0, unchanged: 1300 });
    expect(await scopeChanges()).toBe(changes);
  });

  it('suggests committees for the unassigned notifications, with the matching scope and the history as reasons', async () => {
    const now = new Date().toISOString();
    const toys = demoNotification('G/TBT/N/USA/3001', { member: 'United States', title: 'Toy safety', products: 'Toys', finalDateForComments: '2099-01-01' }, now);
    toys.icsCodes = [{ code: '97.200.50', description: 'Toys' }];
    toys.hsCodes = [{ code: '950300', description: 'Toys' }];
    toys.distributionDate = '2030-06-02';
    await test.db.transaction((tx) => upsertNotifications(tx, null, [toys]));
    const response = await app.inject({ method: 'GET', url: '/admin/routing/suggestions?since=2030-06-01', headers: auth(adminToken) });
    expect(response.statusCode).toBe(200);
    const [row, ...others] = response.json().notifications;
    expect(others).toEqual([]);
    expect(row.id).toBe('G/TBT/N/USA/3001');
    expect(row.suggestions[0]).toMatchObject({ committeeCode: 'TC-A', committeeName: 'Committee A' });
    expect(row.suggestions[0].reasons).toEqual(expect.arrayContaining([
      { kind: 'scope_ics', code: '97.200.50', scope: '97.200.50' },
      { kind: 'scope_hs', code: '950300', scope: '9503' },
    ]));

    // Accepting goes through the ordinary assignment: the notification leaves the list.
    const assigned = await app.inject({ method: 'POST', url: '/admin/assignments', headers: auth(adminToken), payload: { notificationId: row.id, committeeId: world.committeeA, expertIds: [] } });
    expect(assigned.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/admin/routing/suggestions?since=2030-06-01', headers: auth(adminToken) });
    expect(after.json().notifications).toEqual([]);
  });
});
