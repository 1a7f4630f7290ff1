// `npm run preview:web`: serves the production renderer build (dist/renderer, made by
// `npm run build:renderer`) on http://127.0.0.1:4173 with Vite's preview server. PORT overrides.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/renderer/index.html')) {
  console.error('dist/renderer is missing: run `npm run build:renderer` first.');
  process.exit(1);
}
const server = await preview({
  configFile: 'vite.config.ts',
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: false },
});
server.printUrls();
