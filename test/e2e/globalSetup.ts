// Builds the renderer once for every end-to-end test file, into a folder of this run's own, so
// that runs going on at the same time (several developers, a benchmark) never see a half-built app.
import { build } from 'vite';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

export default async function setup() {
  if (process.env.E2E_DIST) return;
  const outDir = resolve(`node_modules/.cache/e2e-renderer-${process.pid}`);
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.E2E_DIST = outDir;
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
