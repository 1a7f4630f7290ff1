// The admin CLI (`npm run server:admin -- <command> ...`): works on the database directly, with the
// same configuration (DATABASE_URL or DATA_DIR) and the same services as the admin API.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { configFromEnv } from './config';
import { openDb } from './db/open';
import { migrate } from './db/migrate';
import type { Db } from './db/db';
import { HttpError } from './errors';
import { addMember, createCommittee, createUser, resolveCommitteeId, resolveUserId } from './services/people';
import { addDocument, addStandard, assign } from './services/catalog';
import { importEping } from './services/importEping';
import { importDirectory } from './services/directoryImport';
import { seedDemo } from './services/seed';
import { renewEpoch } from './services/changes';
import { importScopes } from './services/committeeScopes';
import { reissueActivation, setAccountDisabled, updateAccount } from './services/accounts';
import { createUserSchema } from '../shared/sync/admin';
import { ROLES } from '../shared/sync/protocol';
import { z } from 'zod';

const USAGE = `Usage: npm run server:admin -- <command>
  create-user <username> <role> <display name>     password from $NEW_PASSWORD (role: reviewer|secretary|desk_officer|admin)
  create-committee <code> <name>
  add-member <committee code|id> <username|id>
  import-eping <file.xlsx|file.csv>
  import-committees <file.xlsx|file.csv> [--dry-run]   columns: code, name
  import-users <file.xlsx|file.csv> [--dry-run]        columns: username, display name, role, committees (codes, ; separated)
                                                    new users' one-time activation codes go to <file>.activation-codes.csv
  import-scopes <file.xlsx|file.csv> [--dry-run]       columns: code, ICS, HS, keywords zh, keywords en (entries ; separated)
  upload-document <notification symbol> <file.pdf> [language]
  upload-standard <identifier> <file.pdf> [title]
  assign <notification symbol> <committee code|id> [expert username|id ...]
  seed-demo                                         demo users (password: demo-password), committees, notifications
  migrate
  new-epoch                                         after restoring a copy of DATA_DIR (PGlite): clients pull again from the start
  reissue-activation <username>                     a new one-time activation code; the old password and sessions stop working
  disable-user <username>                           turn an account off (its holder left): no sign-in, its sessions end
  enable-user <username>                            turn it on again
  set-role <username> <role>                        another role (reviewer|secretary|desk_officer|admin); its sessions end
  rename-user <username> <display name>`;

/** The commands that take `--dry-run`; any other flag, or a mistyped one, is refused before anything runs. */
const DRY_RUN_COMMANDS = new Set(['import-committees', 'import-users', 'import-scopes']);

/** The command, its other arguments, and whether `--dry-run` was given (anywhere on the line); null with the reason when a flag is not known. */
function parseArguments(argv: string[]): { command: string; args: string[]; dryRun: boolean } | { refused: string } {
  const [command = '', ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const unknown = flags.filter((f) => !(f === '--dry-run' && DRY_RUN_COMMANDS.has(command)));
  if (unknown.length) return { refused: `${command}: unknown option ${unknown.join(' ')}${DRY_RUN_COMMANDS.has(command) ? ' (did you mean --dry-run?)' : ''}; nothing was done` };
  return { command, args: rest.filter((a) => !a.startsWith('--')), dryRun: flags.includes('--dry-run') };
}

async function run(db: Db, { command, args, dryRun }: { command: string; args: string[]; dryRun: boolean }): Promise<unknown> {
  const need = (n: number) => {
    if (args.length < n) throw new Error(USAGE);
  };
  switch (command) {
    case 'migrate':
      return { applied: await migrate(db) };
    case 'create-user': {
      need(3);
      const input = createUserSchema.parse({ username: args[0], role: args[1], displayName: args.slice(2).join(' '), password: process.env.NEW_PASSWORD });
      return db.transaction((tx) => createUser(tx, null, input));
    }
    case 'create-committee':
      need(2);
      return db.transaction((tx) => createCommittee(tx, null, { code: args[0]!, name: args.slice(1).join(' ') }));
    case 'add-member': {
      need(2);
      const committeeId = await resolveCommitteeId(db, args[0]!);
      const userId = await resolveUserId(db, args[1]!);
      await db.transaction((tx) => addMember(tx, null, committeeId, userId));
      return { committeeId, userId };
    }
    case 'import-eping':
      need(1);
      return importEping(db, null, new Uint8Array(await readFile(args[0]!)), basename(args[0]!));
    case 'import-committees':
    case 'import-users': {
      need(1);
      const result = await importDirectory(db, null, command === 'import-users' ? 'users' : 'committees', new Uint8Array(await readFile(args[0]!)), basename(args[0]!), { dryRun });
      if (result.problems.length) {
        process.exitCode = 1;
        return { ...result, summary: `${result.problems.length} problem(s); nothing was changed` };
      }
      const { activationCodes, ...summary } = result;
      if (activationCodes.length) {
        const out = `${args[0]}.activation-codes.csv`;
        await writeFile(out, 'username,activation code\n' + activationCodes.map((c) => `${c.username},${c.code}`).join('\n') + '\n', { mode: 0o600 });
        return { ...summary, activationCodesFile: out };
      }
      return summary;
    }
    case 'import-scopes': {
      need(1);
      const result = await importScopes(db, null, new Uint8Array(await readFile(args[0]!)), basename(args[0]!), { dryRun });
      if (result.problems.length) {
        process.exitCode = 1;
        return { ...result, summary: `${result.problems.length} problem(s); nothing was changed` };
      }
      return result;
    }
    case 'upload-document': {
      need(2);
      const bytes = new Uint8Array(await readFile(args[1]!));
      return db.transaction((tx) => addDocument(tx, null, args[0]!, basename(args[1]!), args[2] ?? '', bytes));
    }
    case 'upload-standard': {
      need(2);
      const bytes = new Uint8Array(await readFile(args[1]!));
      return db.transaction((tx) => addStandard(tx, null, args[0]!, args[2] ?? '', basename(args[1]!), bytes));
    }
    case 'assign': {
      need(2);
      const committeeId = await resolveCommitteeId(db, args[1]!);
      const expertIds = await Promise.all(args.slice(2).map((e) => resolveUserId(db, e)));
      await db.transaction((tx) => assign(tx, null, args[0]!, committeeId, expertIds));
      return { notificationId: args[0], committeeId, expertIds };
    }
    case 'seed-demo':
      return seedDemo(db);
    case 'new-epoch':
      return { epoch: await renewEpoch(db) };
    case 'reissue-activation':
      need(1);
      return db.transaction((tx) => reissueActivation(tx, null, args[0]!));
    case 'disable-user':
    case 'enable-user':
      need(1);
      await db.transaction((tx) => setAccountDisabled(tx, null, args[0]!, command === 'disable-user'));
      return { username: args[0], disabled: command === 'disable-user' };
    case 'set-role': {
      need(2);
      const role = z.enum(ROLES).safeParse(args[1]);
      if (!role.success) throw new Error(`Unknown role ${args[1]}: one of ${ROLES.join(', ')}`);
      await db.transaction((tx) => updateAccount(tx, null, args[0]!, { role: role.data }));
      return { username: args[0], role: role.data };
    }
    case 'rename-user':
      need(2);
      await db.transaction((tx) => updateAccount(tx, null, args[0]!, { displayName: args.slice(1).join(' ') }));
      return { username: args[0], displayName: args.slice(1).join(' ') };
    default:
      throw new Error(USAGE);
  }
}

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
  console.log(USAGE);
  process.exit(args.length === 0 ? 1 : 0);
}

const parsed = parseArguments(args);
if ('refused' in parsed) {
  console.error(parsed.refused);
  process.exit(2);
}

let db: Db;
try {
  db = await openDb(configFromEnv());
} catch (error) {
  // e.g. the embedded database folder is in use by the running server
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
try {
  await migrate(db);
  const result = await run(db, parsed);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  console.error(error instanceof HttpError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.close();
}
