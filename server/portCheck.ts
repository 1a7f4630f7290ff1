import { createServer } from 'node:net';

/**
 * Fails when `port` on `host` is taken, so that a second server stops before it opens the database
 * and runs migrations. (The port can still be taken in between; listen then fails as before.)
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolvePromise, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use (is the server already running?). Stop that process or set PORT.`) : error),
    );
    probe.listen({ port, host }, () => probe.close(() => resolvePromise()));
  });
}
