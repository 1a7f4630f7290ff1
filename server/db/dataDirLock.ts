// One process at a time in a PGlite data folder: PGlite has no locking of its own, and two processes
// writing the same folder silently lose each other's writes. The lock is a file in the folder naming
// the holder's pid; a lock whose process no longer runs (killed, crashed) is taken over.
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'tbt-review-desk.lock';

interface Holder {
  pid: number;
  command: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: Holder) {
    super(
      `The database folder ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        'Only one process may open the embedded database at a time: stop the server before running admin commands on it ' +
        '(or use PostgreSQL, DATABASE_URL, to run admin commands while the server runs), and do not start a second server on the same DATA_DIR.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Lock files this process holds, removed on exit even when the database was not closed. */
const held = new Set<string>();
process.on('exit', () => {
  for (const path of held) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
});

function running(pid: number): boolean {
  // A lock left with our own pid is from an earlier process that had it (e.g. a restarted container).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { pid: -1, command: 'unreadable lock file', since: '?' }; // not ours to judge: treated as stale
  }
}

/** Creates the lock file with its content in one step (link fails if the file exists). */
async function create(path: string, holder: Holder): Promise<boolean> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(holder));
  try {
    await link(tmp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(tmp);
  }
}

/** Takes the lock on `dataDir` or throws DataDirInUseError. Returns the release function. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  if (held.has(path)) throw new DataDirInUseError(dataDir, { pid: process.pid, command: 'this process', since: 'earlier' });
  const me: Holder = { pid: process.pid, command: process.argv.slice(1).join(' '), since: new Date().toISOString() };
  for (let attempt = 0; !(await create(path, me)); attempt++) {
    const holder = await readHolder(path);
    if (!holder) continue; // released meanwhile
    if (running(holder.pid) || attempt > 2) throw new DataDirInUseError(dataDir, holder);
    // Stale: move it aside and check it is still the one judged stale, so that two processes taking
    // over at once cannot remove each other's fresh lock.
    const aside = `${path}.${process.pid}.stale`;
    try {
      await rename(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = await readHolder(aside);
    if (moved && moved.pid !== holder.pid && running(moved.pid)) {
      await link(aside, path).catch(() => {});
      await unlink(aside);
      throw new DataDirInUseError(dataDir, moved);
    }
    await unlink(aside);
  }
  held.add(path);
  return async () => {
    held.delete(path);
    await unlink(path).catch(() => {});
  };
}
