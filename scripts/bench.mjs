// `npm run bench`: the runner is TypeScript (test/bench/run.ts, which reuses the e2e harness), so
// esbuild bundles it first, keeping packages external, into node_modules/.cache where Node
// resolves them.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = resolve('node_modules/.cache/tbt-bench/run.mjs');
await build({
  entryPoints: [resolve('test/bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { runBench } = await import(pathToFileURL(outfile).href);
await runBench(process.argv.slice(2));
