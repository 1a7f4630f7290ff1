import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp.ts';

// The renderer: built into dist/renderer, loaded by Electron from app://tbt/ and by the
// end-to-end tests from a local static server. pdf.js' CMaps and standard fonts ship as assets so
// that CJK text renders with no network.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    viteStaticCopy({
      targets: [
        { src: '../node_modules/pdfjs-dist/cmaps/*', dest: 'pdfjs/cmaps' },
        { src: '../node_modules/pdfjs-dist/standard_fonts/*', dest: 'pdfjs/standard_fonts' },
        { src: '../node_modules/pdfjs-dist/wasm/*', dest: 'pdfjs/wasm' },
        { src: '../node_modules/pdfjs-dist/iccs/*', dest: 'pdfjs/iccs' },
      ],
    }),
    {
      name: 'csp-meta',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
      ],
    },
  ],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5173, strictPort: false },
});
