// The benchmark runner (`npm run bench`): builds the benchmark page (test/bench/page) with Vite,
// opens it in Debian's Chromium through the offline e2e harness's browser, runs each figure module
// in a fresh page, prints every figure and writes test/bench/results.json. Figures whose code or
// corpus file is missing are skipped with the reason printed.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import type { Browser, BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { APP_ORIGIN, CHROMIUM_PATH, chromiumAvailable, launchBrowser } from '../e2e/harness';
import { runServerBenchmarks } from './server/serverBench';
import { runDirectoryBenchmarks } from './server/directoryBench';
import { runExportBenchmarks } from './exports/exportBench';
import { runAnalyticsBenchmarks } from './analytics/analyticsBench';
import { runUi50kBenchmarks } from './ui/ui50k';
import { runDashboardBenchmarks } from './dashboard/dashboardBench';
import { CORPUS_URL_PREFIX, FIGURE_MODULES, LARGE_PDF, type BenchApi, type Figure, type FigureModule, type FigureOutcome } from './types';

const PAGE_ROOT = resolve('test/bench/page');
const DIST = resolve('dist/bench');
const CORPUS_PDFS = resolve('../shared/corpus/pdfs');
const RESULTS = resolve('test/bench/results.json');
const PDF_MODULES: FigureModule[] = ['pdfFirstPageOurs', 'pdfFirstPagePdfjs', 'pdfLiveCanvases', 'pdfTextLayerWidth'];
/** First-page timings are taken this many times, alternating the two viewers; the median counts. */
const FIRST_PAGE_RUNS = 3;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function buildPage(): Promise<void> {
  const pdfjs = resolve('node_modules/pdfjs-dist');
  await build({
    configFile: false,
    root: PAGE_ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [
      react(),
      // As vite.config.ts does for the app, plus the icons pdf.js's own viewer asks for.
      viteStaticCopy({
        targets: [
          { src: `${pdfjs}/cmaps/*`, dest: 'pdfjs/cmaps' },
          { src: `${pdfjs}/standard_fonts/*`, dest: 'pdfjs/standard_fonts' },
          { src: `${pdfjs}/wasm/*`, dest: 'pdfjs/wasm' },
          { src: `${pdfjs}/web/images/*`, dest: 'pdfjs-viewer-images' },
        ],
      }),
    ],
    worker: { format: 'es' },
    build: {
      outDir: DIST,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: join(PAGE_ROOT, 'bench.html') },
    },
  });
}

/** Serves the built page and the corpus PDFs; refuses everything else, as the e2e harness does. */
async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('internetdisconnected');
    const pathname = decodeURIComponent(url.pathname);
    const [base, rel] = pathname.startsWith(CORPUS_URL_PREFIX) ? [CORPUS_PDFS, pathname.slice(CORPUS_URL_PREFIX.length)] : [DIST, pathname];
    const path = normalize(join(base, rel));
    if (!path.startsWith(base) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: await readFile(path), headers: { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' } });
  });
  await context.setOffline(true);
  return context;
}

async function runModule(context: BrowserContext, module: FigureModule): Promise<FigureOutcome> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${APP_ORIGIN}/bench.html`);
    await page.waitForSelector('body[data-ready="true"]');
    return await page.evaluate((m) => (window as unknown as { __bench: BenchApi }).__bench.run(m), module);
  } catch (error) {
    return { skipped: `failed: ${String(error).split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}` };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function figureValue(outcome: FigureOutcome, name: string): number | null {
  return 'figures' in outcome ? (outcome.figures.find((f) => f.name === name)?.value ?? null) : null;
}

/** Ours and pdf.js's viewer, alternately, each in a fresh page; medians and their ratio. */
async function firstPageFigures(context: BrowserContext, report: (module: string, outcome: FigureOutcome) => void): Promise<void> {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < FIRST_PAGE_RUNS; i++) {
    const a = await runModule(context, 'pdfFirstPageOurs');
    const b = await runModule(context, 'pdfFirstPagePdfjs');
    const oursMs = figureValue(a, 'pdf_first_page_ms');
    const theirsMs = figureValue(b, 'pdfjs_viewer_first_page_ms');
    if (oursMs === null) return report('pdfFirstPageOurs', a);
    if (theirsMs === null) return report('pdfFirstPagePdfjs', b);
    ours.push(oursMs);
    theirs.push(theirsMs);
  }
  const oursMs = median(ours);
  const theirsMs = median(theirs);
  report('pdfFirstPage', {
    figures: [
      { name: 'pdf_first_page_ms', value: oursMs, unit: 'ms' },
      { name: 'pdfjs_viewer_first_page_ms', value: theirsMs, unit: 'ms' },
      { name: 'pdf_first_page_ratio_to_pdfjs_viewer', value: Math.round((oursMs / theirsMs) * 100) / 100, unit: 'x' },
    ],
  });
}

/** The groups of figures `npm run bench -- --only <group>[,<group>…]` can run alone. */
export const BENCH_GROUPS = ['page', 'pdf', 'ui50k', 'dashboard', 'exports', 'analytics', 'server', 'directory'] as const;
type BenchGroup = (typeof BENCH_GROUPS)[number];

function chosenGroups(argv: readonly string[]): Set<BenchGroup> {
  const at = argv.indexOf('--only');
  if (at === -1) return new Set(BENCH_GROUPS);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(BENCH_GROUPS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length) throw new Error(`--only takes one or more of ${BENCH_GROUPS.join(', ')} (got "${argv[at + 1] ?? ''}")`);
  return new Set(names as BenchGroup[]);
}

/** The figures measured now replace those of the same name; every other figure in the file stays. */
async function mergeResults(measured: Figure[]): Promise<Figure[]> {
  const previous: Figure[] = existsSync(RESULTS) ? (JSON.parse(await readFile(RESULTS, 'utf8')) as Figure[]) : [];
  const byName = new Map(measured.map((f) => [f.name, f]));
  const merged = previous.map((f) => byName.get(f.name) ?? f);
  for (const figure of measured) if (!previous.some((f) => f.name === figure.name)) merged.push(figure);
  return merged;
}

export async function runBench(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const groups = chosenGroups(argv);
  const results: Figure[] = [];
  const report = (module: string, outcome: FigureOutcome) => {
    if ('skipped' in outcome) {
      console.log(`  ${module}: skipped — ${outcome.skipped}`);
      return;
    }
    for (const figure of outcome.figures) {
      results.push(figure);
      console.log(`  ${figure.name.padEnd(40)} ${String(figure.value).padStart(10)} ${figure.unit}`);
    }
  };

  const inBrowser = groups.has('page') || groups.has('pdf') || groups.has('ui50k') || groups.has('dashboard');
  if (inBrowser && !chromiumAvailable()) {
    console.log(`bench: browser figures skipped, no Chromium at ${CHROMIUM_PATH}`);
  } else if (inBrowser) {
    const browser = await launchBrowser();
    try {
      if (groups.has('page') || groups.has('pdf')) {
        console.log('bench: building the benchmark page…');
        await buildPage();
        const context = await offlineContext(browser);
        if (groups.has('page')) for (const module of FIGURE_MODULES.filter((m) => !PDF_MODULES.includes(m))) report(module, await runModule(context, module));
        if (groups.has('pdf') && !existsSync(join(CORPUS_PDFS, LARGE_PDF))) {
          console.log(`  PDF figures: skipped — ${join(CORPUS_PDFS, LARGE_PDF)} is absent (the corpus lives outside the repo in ../shared/corpus)`);
        } else if (groups.has('pdf')) {
          await firstPageFigures(context, report);
          report('pdfLiveCanvases', await runModule(context, 'pdfLiveCanvases'));
          report('pdfTextLayerWidth', await runModule(context, 'pdfTextLayerWidth'));
        }
        await context.close();
      }
      if (groups.has('ui50k')) {
        try {
          await runUi50kBenchmarks(browser, (figure) => report('ui50k', { figures: [figure] }));
        } catch (error) {
          report('ui50k', { skipped: `failed: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      if (groups.has('dashboard')) {
        try {
          await runDashboardBenchmarks(browser, (figure) => report('dashboard', { figures: [figure] }));
        } catch (error) {
          report('dashboard', { skipped: `failed: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    } finally {
      await browser.close();
    }
  }
  if (groups.has('exports')) {
    console.log('bench: export figures…');
    for (const figure of await runExportBenchmarks()) report('exports', { figures: [figure] });
  }
  if (groups.has('analytics')) {
    console.log('bench: precedents, routing and dashboard figures…');
    for (const figure of await runAnalyticsBenchmarks()) report('analytics', { figures: [figure] });
  }
  if (groups.has('server')) {
    console.log('bench: sync server figures…');
    for (const figure of await runServerBenchmarks()) report('server', { figures: [figure] });
  }
  if (groups.has('directory')) {
    console.log('bench: institute directory figures…');
    for (const figure of await runDirectoryBenchmarks()) report('directory', { figures: [figure] });
  }
  const merged = await mergeResults(results);
  await writeFile(RESULTS, JSON.stringify(merged, null, 2) + '\n');
  console.log(`bench: ${results.length} figures measured, ${merged.length} in ${RESULTS}`);
}
