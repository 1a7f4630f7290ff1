// Runs the built renderer in Debian's Chromium with no network at all: the test answers requests
// for the app's own bundled files from dist/renderer (as Electron's app:// protocol does) and
// blocks and records every other request. The browser context is offline, so the app sees
// navigator.onLine === false for the whole run.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// https, so that the page is a secure context (WebCrypto, persistent storage) as app://tbt is in Electron.
export const APP_ORIGIN = 'https://tbt-review-desk.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;
/** The built renderer: this run's own build (globalSetup.ts, the benchmark's), or dist/renderer. Read when a page opens, so that a runner may set it first. */
const distDir = () => resolve(process.env.E2E_DIST ?? 'dist/renderer');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface OfflineApp {
  context: BrowserContext;
  page: Page;
  /** Every request the test refused: anything that is not one of the app's own files. */
  blockedRequests: string[];
  /** Errors the page threw or logged, to fail on. */
  pageErrors: string[];
}

/** A context whose storage survives page reloads and new pages (one user profile). */
export async function openOfflineApp(
  browser: Browser,
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    context?: BrowserContext;
    /** Origins (e.g. a sync server on loopback) whose requests go to the network; still subject to context.setOffline. */
    allowOrigins?: string[];
  } = {},
): Promise<OfflineApp> {
  const context =
    options.context ??
    (await browser.newContext({
      locale: options.locale ?? 'en-US',
      viewport: options.viewport ?? { width: 1400, height: 900 },
      acceptDownloads: true,
    }));
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  if (!options.context) {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (options.allowOrigins?.includes(url.origin)) return route.continue();
      if (url.origin !== APP_ORIGIN) {
        blockedRequests.push(url.href);
        return route.abort('internetdisconnected');
      }
      const dist = distDir();
      const path = normalize(join(dist, decodeURIComponent(url.pathname)));
      if (!path.startsWith(dist) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
      const body = await readFile(path);
      return route.fulfill({ status: 200, body, headers: { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' } });
    });
    await context.setOffline(true);
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(APP_URL);
  return { context, page, blockedRequests, pageErrors };
}
