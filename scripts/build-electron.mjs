// Bundles the main process and the preload script into dist-electron/ (CommonJS: a sandboxed
// preload cannot load ES modules, and both must not require anything but electron at run time).
// `node scripts/build-electron.mjs <folder>` builds into another folder (the Electron smoke test
// assembles an app of its own in a temporary folder).
import { build } from 'esbuild';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'dist-electron';
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], sourcemap: true, minify: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(outDir, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(outDir, 'preload.cjs') }),
]);
console.log(`built ${join(outDir, 'main.cjs')} and ${join(outDir, 'preload.cjs')}`);
