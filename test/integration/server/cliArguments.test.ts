// A mistyped option never runs the real thing: `--dryrun` used to import for real. The admin
// CLI takes --dry-run anywhere on the line, and refuses any other option before touching anything.
import { expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCli, freshDatabase } from '../../support/server/fixtures';

it('refuses a mistyped option with exit code 2 and changes nothing; --dry-run works before or after the file', async () => {
  const { env } = await freshDatabase('pglite');
  const file = join(await mkdtemp(join(tmpdir(), 'tbt-cli-')), 'committees.csv');
  await writeFile(file, 'code,name\nTC-NEW,New committee\n');
  for (const typo of ['--dryrun', '--dry-run=true', '--force']) {
    await expect(adminCli(env, 'import-committees', file, typo)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`unknown option ${typo}`) });
  }
  await expect(adminCli(env, 'create-committee', 'TC-X', 'X', '--dry-run')).rejects.toMatchObject({ code: 2 });
  expect(JSON.parse(await adminCli(env, 'import-committees', '--dry-run', file))).toMatchObject({ dryRun: true, created: 1 });
  // Nothing above wrote: the real import still creates the committee.
  expect(JSON.parse(await adminCli(env, 'import-committees', file))).toMatchObject({ dryRun: false, created: 1 });
});
