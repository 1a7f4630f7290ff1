import { defineConfig } from 'vitest/config';

// Timeouts are sized for the slowest honest case: a busy 2-core machine (CI, or several runs at
// once), where starting a server on a fresh database and logging its users in takes tens of
// seconds. Tests wait on conditions (expect.poll, vi.waitFor), never on time, so a generous
// limit costs nothing when the machine is idle.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        // Tests that start the sync server (in this process, on PGlite or the local PostgreSQL),
        // one per test file, and talk to it as the server's clients do. One file at a time: a pull
        // returns only changes older than the oldest transaction running anywhere in the
        // PostgreSQL cluster, so one file's open transaction would hold back another's pulls.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 60_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
