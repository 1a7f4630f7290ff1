// The production build: server/dist/main.mjs (the server) and server/dist/cli.mjs (the admin CLI),
// each one ESM bundle of the server's code and the shared/ code it uses. npm packages stay
// external: they are this package's `dependencies`, installed beside it. Migrations are read at
// run time from server/migrations/, which ships with the package.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { main: 'main.ts', cli: 'cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  metafile: process.argv.includes('--meta'),
}).then((result) => {
  if (result.metafile) {
    const external = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    console.log([...external].sort().join('\n'));
  }
});
