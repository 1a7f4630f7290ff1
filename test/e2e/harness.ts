// Runs the built renderer in Debian's Chromium with no network at all. The app's own files are
// answered by the same protocol handler Electron uses for app:// (electron/main/appProtocol.ts),
// with its Content-Security-Policy header, so every e2e test runs the code Electron runs; every
// other request is blocked and recorded. The browser context is offline, so the app sees
// navigator.onLine === false for the whole run.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { APP_ORIGIN as ELECTRON_APP_ORIGIN, respondWithAppFile } from '../../electron/main/appProtocol';

// https, so that the page is a secure context (WebCrypto, persistent storage) as app://tbt is in
// Electron; Playwright can only intercept schemes Chromium knows, hence this stand-in origin.
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

/** Electron's answer for the same path under app://tbt. */
export async function appResponse(url: URL): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await respondWithAppFile(`${ELECTRON_APP_ORIGIN}${url.pathname}${url.search}`, distDir());
  return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
}

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
      return route.fulfill(await appResponse(url));
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
