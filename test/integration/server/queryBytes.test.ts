// `queryBytes`: a large text passed on as the database's UTF-8 bytes (on PostgreSQL through COPY,
// which takes no parameters: they are written into the statement as literals).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDb, openTestDb, type TestDb } from '../../support/server/testDb';

await describeOnEachDb('queryBytes', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(async () => t?.close());

  it('gives the bytes of the text the query returns, whatever its parameters hold', async () => {
    const tricky = `意见 'quoted' "double" back\\slash $1 E'\\n' \u00e9\u{1F600}\n`;
    const sql = `SELECT $1::text || '|' || $2::int || '|' || $5::numeric || '|' || array_to_string($3::text[], ',') || '|' || length($4::text)`;
    const params = [tricky, 42, ['a', "b'c", '意'], 'x'.repeat(100_000), -1.5];
    const bytes = await t.db.queryBytes(sql, params);
    const [row] = await t.db.query<{ value: string }>(`SELECT (${sql}) AS value`, params);
    expect(bytes.toString('utf8')).toBe(`${tricky}|42|-1.5|a,b'c,意|100000`);
    expect(bytes.equals(Buffer.from(row!.value))).toBe(true);
  });

  it('gives no bytes for NULL, and a failing query fails without spoiling the next one', async () => {
    expect((await t.db.queryBytes('SELECT NULL::text')).length).toBe(0);
    expect((await t.db.queryBytes('SELECT string_agg(x, \',\') FROM unnest($1::text[]) AS x', [[]])).length).toBe(0);
    await expect(t.db.queryBytes('SELECT (1 / $1)::text', [0])).rejects.toThrow(/division by zero/);
    expect((await t.db.queryBytes('SELECT $1::text', ['still here'])).toString()).toBe('still here');
  });
});
