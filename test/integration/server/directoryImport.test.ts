// The admin's bulk import of committees and users: every bad row reported, nothing changed until
// the file is clean; new users activate their account with a one-time code.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { configFromEnv } from '../../../server/config';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';
import { buildWorld, login } from '../../support/server/world';
import { auth } from '../../support/server/harness';
import { csvFile as csv, xlsxFile } from '../../support/sheets';

const xlsx = (rows: (string | number)[][]) => xlsxFile('专家', rows);

await describeOnEachDb('bulk import of the directory', (kind) => {
  let test: TestDb;
  let app: FastifyInstance;
  let adminToken: string;
  beforeAll(async () => {
    test = await openTestDb(kind);
    await buildWorld(test.db);
    app = await buildApp(test.db, configFromEnv({}), false);
    adminToken = await login(app, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  const upload = (what: 'committees' | 'users', file: Buffer, fileName: string, dryRun = false) =>
    app.inject({ method: 'POST', url: `/admin/directory/${what}?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`, headers: { ...auth(adminToken), 'content-type': 'application/octet-stream' }, payload: file });
  const count = async (table: string) => (await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  it('a file with bad rows: every one is reported with its row and column, in English and Chinese, and nothing changes', async () => {
    await upload('committees', csv([['code', 'name'], ['TC-100', 'Toys'], ['TC-101', 'Batteries']]), 'c.csv');
    const before = { users: await count('users'), members: await count('committee_members') };
    const file = csv([
      ['username', 'display name', 'role', 'committees'],
      ['li.wei', 'Li Wei', 'reviewer', 'TC-100'],
      ['Bad Name!', 'X', 'reviewer', 'TC-100'],
      ['zhang.san', '', 'expert', 'TC-100'],
      ['wang.wu', 'Wang Wu', 'chef', 'TC-999'],
      ['li.wei', 'Li Wei again', 'reviewer', ''],
    ]);
    for (const dryRun of [true, false]) {
      const response = await upload('users', file, 'users.csv', dryRun);
      expect(response.statusCode).toBe(422);
      const problems = response.json().problems as { row: number; column: string; problem: string; message: { en: string; zh: string } }[];
      expect(problems.map((p) => [p.row, p.problem])).toEqual([
        [3, 'invalid_username'],
        [4, 'missing'],
        [5, 'unknown_role'],
        [5, 'unknown_committee'],
        [6, 'duplicate_in_file'],
      ]);
      expect(problems[1]!.message).toEqual({ en: 'display name is empty', zh: '姓名为空' });
      expect(problems[3]!.message).toEqual({ en: 'no committee with the code TC-999', zh: '委员会 TC-999 不存在' });
    }
    expect({ users: await count('users'), members: await count('committee_members') }).toEqual(before);
  });

  it('a missing column is reported before any row', async () => {
    const response = await upload('users', csv([['username', 'role'], ['a.b', 'reviewer']]), 'u.csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().problems.map((p: { problem: string }) => p.problem)).toEqual(['missing_column', 'missing_column']);
  });

  it('a clean file: the dry run counts and changes nothing; the import creates users with one-time codes; re-importing adds nothing', async () => {
    const file = await xlsx([
      ['用户名', '姓名', '角色', '所属委员会'],
      ['chen.jing', '陈静', '评议专家', 'TC-100; TC-101'],
      ['zhao.min', '赵敏', '秘书处', 'TC-101'],
    ]);
    const users = await count('users');
    const dry = await upload('users', file, 'experts.xlsx', true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 2, created: 2, memberships: 3, problems: [], activationCodes: [] });
    expect(await count('users')).toBe(users);

    const applied = await upload('users', file, 'experts.xlsx');
    expect(applied.statusCode).toBe(200);
    const codes = applied.json().activationCodes as { username: string; code: string }[];
    expect(codes.map((c) => c.username)).toEqual(['chen.jing', 'zhao.min']);
    expect(codes[0]!.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(await count('users')).toBe(users + 2);

    // No password yet: a login is refused; the code sets one, once.
    expect((await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'chen.jing', password: 'anything-at-all' } })).statusCode).toBe(401);
    const activate = (code: string) => app.inject({ method: 'POST', url: '/auth/activate', payload: { username: 'chen.jing', code, password: 'my-own-password' } });
    const first = await activate(codes[0]!.code.toLowerCase());
    expect(first.statusCode).toBe(200);
    expect(first.json().user.committees.map((c: { code: string }) => c.code)).toEqual(['TC-100', 'TC-101']);
    expect((await activate(codes[0]!.code)).statusCode).toBe(401);
    expect((await activate(codes[1]!.code)).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'chen.jing', password: 'my-own-password' } })).statusCode).toBe(200);

    const again = await upload('users', file, 'experts.xlsx');
    expect(again.json()).toMatchObject({ created: 0, existing: 2, activationCodes: [] });
    expect(await count('users')).toBe(users + 2);
  }, 180_000);

  const committeesOf = async (username: string) =>
    (await test.db.query<{ code: string }>('SELECT c.code FROM committee_members m JOIN committees c ON c.id = m.committee_id JOIN users u ON u.id = m.user_id WHERE u.username = $1 ORDER BY c.code', [username])).map((r) => r.code);

  it('committee codes with a space (SAC/TC 48) are listed with ; , ； ， 、 or line breaks; codes separated by spaces alone still import', async () => {
    expect((await upload('committees', csv([['代码', '名称'], ['SAC/TC 48', '全国电工电子产品环境条件与环境试验标准化技术委员会'], ['SAC/TC 253', '全国玩具标准化技术委员会'], ['TC-102', 'Lamps']]), 'c.csv')).statusCode).toBe(200);
    const file = csv([
      ['username', 'display name', 'role', 'committees'],
      ['sun.li', 'Sun Li', 'reviewer', 'SAC/TC 48、SAC/TC 253'],
      ['zhou.yu', 'Zhou Yu', 'reviewer', ' SAC/TC 48 ；SAC/TC 253\nTC-102 '],
      ['wu.fang', 'Wu Fang', 'reviewer', 'SAC/TC 253, TC-102'],
      ['zheng.hao', 'Zheng Hao', 'reviewer', 'TC-100 TC-102'],
    ]);
    const dry = await upload('users', file, 'u.csv', true);
    expect(dry.json().problems).toEqual([]);
    expect(dry.json()).toMatchObject({ created: 4, memberships: 9 });
    expect((await upload('users', file, 'u.csv')).statusCode).toBe(200);
    expect(await committeesOf('sun.li')).toEqual(['SAC/TC 253', 'SAC/TC 48']);
    expect(await committeesOf('zhou.yu')).toEqual(['SAC/TC 253', 'SAC/TC 48', 'TC-102']);
    expect(await committeesOf('wu.fang')).toEqual(['SAC/TC 253', 'TC-102']);
    expect(await committeesOf('zheng.hao')).toEqual(['TC-100', 'TC-102']);

    const unknown = await upload('users', csv([['username', 'display name', 'role', 'committees'], ['qian.bo', 'Qian Bo', 'reviewer', 'SAC/TC 48; SAC/TC 999']]), 'u.csv', true);
    expect(unknown.json().problems.map((p: { problem: string; value: string }) => [p.problem, p.value])).toEqual([['unknown_committee', 'SAC/TC 999']]);
  });

  it('only admins may import', async () => {
    const reviewer = await login(app, 'reviewerA');
    const response = await app.inject({ method: 'POST', url: '/admin/directory/users?fileName=u.csv', headers: { ...auth(reviewer), 'content-type': 'application/octet-stream' }, payload: csv([['username']]) });
    expect(response.statusCode).toBe(403);
  });
});
