// Random sync histories with faults, checked against what each client may see (server/testing/syncModel.ts).
// `npm test` runs a few histories per database; `npm run test:soak` runs SYNC_MODEL_RUNS of them.
// A failure prints fast-check's seed and path: rerun one with SYNC_MODEL_SEED=<seed> SYNC_MODEL_PATH=<path>.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeOnEachDb } from '../../support/server/testDb';
import { openModelDatabase, runHistory, stepArbitrary, type HistoryReport, type ModelDatabase } from '../../support/server/syncModel';

const runs = Number(process.env.SYNC_MODEL_RUNS ?? 3);
const seed = process.env.SYNC_MODEL_SEED ? Number(process.env.SYNC_MODEL_SEED) : undefined;
const path = process.env.SYNC_MODEL_PATH;

await describeOnEachDb('random sync histories with lost, duplicated and reordered requests, crashes and restarts', (kind) => {
  let model: ModelDatabase;
  beforeAll(async () => {
    model = await openModelDatabase(kind);
  }, 120_000);
  afterAll(async () => model?.close(), 60_000);

  it('every client ends holding exactly what it may see, each change arrives once, no acknowledged write is lost, never a 500', async () => {
    const reports: HistoryReport[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 30, maxLength: 80 }), async (steps) => {
        reports.push(await runHistory(model, steps));
      }),
      { numRuns: runs, seed, path, endOnFailure: true, verbose: 1 },
    );
    expect(reports.length).toBeGreaterThanOrEqual(1);
    // On PGlite the run crosses powers of ten (999 → 1000, then 9999 → 10000, …) inside histories that
    // write; a history of reads only crosses nothing. A busy PostgreSQL cluster may be too far from its
    // next power of ten.
    if (kind === 'pglite') expect(reports.some((r) => r.crossedPowerOfTen)).toBe(true);
    console.log(`${kind}: ${reports.length} histories, ${reports.reduce((n, r) => n + r.pushes, 0)} pushes, ${reports.reduce((n, r) => n + r.pulls, 0)} pulls; xids ${reports[0]!.xidFrom} → ${reports.at(-1)!.xidTo}; crossed a power of ten in ${reports.filter((r) => r.crossedPowerOfTen).length}`);
  }, 600_000);
});
