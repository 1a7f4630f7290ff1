// `npm run server`: configuration from the environment, migrations, then listen. SIGINT/SIGTERM
// stop accepting, let in-flight requests finish, then close the database.
import { configFromEnv } from './config';
import { openDb } from './db/open';
import { migrate } from './db/migrate';
import { buildApp } from './app';
import { assertPortFree } from './portCheck';

const config = configFromEnv();
let db: Awaited<ReturnType<typeof openDb>>;
try {
  await assertPortFree(config.port, config.host);
  db = await openDb(config);
} catch (error) {
  // A plain message for the admin (port taken, embedded database folder in use), not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const app = await buildApp(db, config);
const applied = await migrate(db);
app.log.info({ database: db.kind, dataDir: db.kind === 'pglite' ? config.dataDir : undefined, migrations: applied }, 'database ready');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  try {
    await app.close();
    await db.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const address = await app.listen({ port: config.port, host: config.host });
// Plain line whatever LOG_LEVEL is: scripts and tests wait for it.
process.stdout.write(`TBT Review Desk server listening at ${address}\n`);
