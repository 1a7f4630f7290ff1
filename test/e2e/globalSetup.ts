// Builds the renderer once for every end-to-end test file.
import { build } from 'vite';

export default async function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
