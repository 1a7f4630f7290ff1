// The list at 50,000 notifications as a reviewer lives it, in the real app in Chromium: import an
// ePing export through the Import screen, then reload, search, sort, open a notification and come
// back, scroll, and weigh the heap. Each time runs from the user's action (navigation start, the
// keydown, the click, the wheel event, as the page saw it) to the rows painted (the first frame
// after the DOM shows the new state), measured inside the page.
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { APP_URL, openOfflineApp } from '../../e2e/harness';
import type { Figure } from '../types';
import { epingWorkbook } from './epingWorkbook';
import { profiled } from './cpuProfile';

const COUNT = 50_000;
const RELOADS = 3;
const SORT_CLICKS = ['title', 'member', 'distributionDate', 'symbol', 'deadline', 'status'];
const SORT_ROUNDS = 3;
// What reviewers type, as in the examples: English words letter by letter, Chinese terms as committed by an IME.
const KEYSTROKE_QUERIES = ['battery', '电池', 'toys', '玩具', 'cosmetics', '磁'];
const SCROLL_STEPS = 40;
const IMPORT_TIMEOUT_MS = 300_000;

/** Installed before the app's own scripts: the page's clock for "painted". */
export function installProbes() {
  const w = window as unknown as Record<string, unknown>;
  /**
   * Resolves with performance.now() once the first frame where `ready()` holds has been painted.
   * `ready` is asked once per frame (not on every DOM mutation): the probe must not itself slow
   * the frames it measures.
   */
  w.__paintedWhen = (ready: () => boolean) =>
    new Promise<number>((resolveWhen) => {
      const frame = () => {
        if (ready()) setTimeout(() => resolveWhen(performance.now()), 0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  w.__lastInput = 0;
  for (const type of ['keydown', 'click', 'wheel']) addEventListener(type, (e) => (w.__lastInput = e.timeStamp), { capture: true, passive: true });
  // A character with no key of its own (Chinese, which Playwright types as insertText, as an IME
  // commits it) comes with no keydown: its input event is the user's action, not the last keydown.
  let keyDown = false;
  addEventListener('keydown', () => (keyDown = true), { capture: true, passive: true });
  addEventListener(
    'input',
    (e) => {
      if (!keyDown) w.__lastInput = e.timeStamp;
      keyDown = false;
    },
    { capture: true, passive: true },
  );
}

export type ProbeWindow = { __paintedWhen: (ready: () => boolean) => Promise<number>; __lastInput: number };

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value);

export async function buildApp(): Promise<string> {
  const outDir = resolve(`node_modules/.cache/bench-renderer-${process.pid}`);
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export async function storedIndexIsCurrent(page: Page, count = 50_000): Promise<boolean> {
  return page.evaluate(
    (expected) =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('tbt-review-desk');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('settings').objectStore('settings').get('search.index');
          get.onsuccess = () => {
            const state = (get.result as { value?: { state?: string } } | undefined)?.value?.state ?? '';
            db.close();
            done(state.split('|')[1] === String(expected));
          };
        };
        open.onerror = () => done(false);
      }),
    count,
  );
}

/**
 * SCROLL_STEPS wheel steps of 600 px over the list, each from the wheel event to the first frame
 * whose rows cover the moved view down to its bottom edge.
 */
async function wheelSteps(page: Page): Promise<number[]> {
  const table = page.getByTestId('notification-table');
  const box = (await table.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const steps: number[] = [];
  for (let i = 0; i < SCROLL_STEPS; i++) {
    const top = await table.evaluate((el) => el.scrollTop);
    const painted = page.evaluate(
      (from) =>
        (window as unknown as ProbeWindow).__paintedWhen(() => {
          const el = document.querySelector<HTMLElement>('[data-testid="notification-table"]')!;
          if (el.scrollTop === from) return false;
          const bottom = el.scrollTop + el.clientHeight - 40;
          return [...el.querySelectorAll<HTMLElement>('[data-testid="notification-row"]')].some((row) => {
            const y = Number(/translateY\(([\d.]+)px\)/.exec(row.style.transform)?.[1] ?? -1);
            return y >= bottom;
          });
        }),
      top,
    );
    await page.mouse.wheel(0, 600);
    const at = await Promise.race([painted, new Promise<number>((r) => setTimeout(() => r(NaN), 5000))]);
    steps.push(at - (await page.evaluate(() => (window as unknown as ProbeWindow).__lastInput)));
  }
  const measured = steps.filter((s) => Number.isFinite(s));
  if (measured.length < SCROLL_STEPS / 2) throw new Error(`only ${measured.length} of ${SCROLL_STEPS} scroll steps were measured`);
  if (process.env.BENCH_STEPS) console.log('  scroll steps', measured.map(ms).sort((a, b) => a - b).join(' '));
  return measured;
}

/**
 * A new page with a scroller of the list's size over plain rows (one line of text each, the list's
 * row height), drawn once, with no script but the probes: the browser's own time from a wheel
 * event to the next frame painted, on this machine, which no list can beat.
 */
async function plainScroller(appPage: Page): Promise<Page> {
  const { width, height } = (await appPage.getByTestId('notification-table').boundingBox())!;
  const lines = Math.ceil((SCROLL_STEPS * 600 + 2 * height) / 34);
  const rows = Array.from(
    { length: lines },
    (_, i) => `<div data-testid="notification-row" style="transform: translateY(${i * 34}px)">G/TBT/N/CHN/${1000 + i} 玩具 toys and batteries</div>`,
  ).join('');
  const copy = await appPage.context().newPage();
  await copy.setContent(`<!doctype html><style>
    body { margin: 0 } #list { width: ${width}px; height: ${height}px; overflow: auto; }
    #list > div { position: relative; height: ${lines * 34}px; }
    #list > div > div { position: absolute; top: 0; left: 0; right: 0; height: 34px; line-height: 34px; contain: strict; font: 13px sans-serif; }
  </style><div id="list" data-testid="notification-table"><div>${rows}</div></div>`);
  await copy.evaluate(installProbes);
  return copy;
}

/** Time from the navigation's start to the first frame with rows. */
async function reloadToRows(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(() => (window as unknown as ProbeWindow).__paintedWhen(() => document.querySelector('[data-testid="notification-row"]') !== null));
}

/** Time from the navigation's start to the first frame with the answer to a query typed as soon as the box is there. */
async function reloadToSearch(page: Page, query: string): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  await page.getByTestId('search-input').fill(query, { timeout: 60_000 });
  return page.evaluate(
    (q) => (window as unknown as ProbeWindow).__paintedWhen(() => document.querySelector(`[data-testid="screen-notifications"][data-shown-query="${q}"]`) !== null),
    query,
  );
}

/** From the last input event (keydown, click, wheel) the page saw to the first frame where `selector` matches. */
export async function inputToPaint(page: Page, act: () => Promise<void>, selector: string): Promise<number> {
  const painted = page.evaluate((s) => (window as unknown as ProbeWindow).__paintedWhen(() => document.querySelector(s) !== null), selector);
  // The probe is armed before the action; it cannot resolve early because the selector names the new state.
  await act();
  const at = await painted;
  const input = await page.evaluate(() => (window as unknown as ProbeWindow).__lastInput);
  return at - input;
}

export async function runUi50kBenchmarks(browser: Browser, report: (figure: Figure) => void): Promise<void> {
  console.log('bench ui50k: building the app and a 50,000-row ePing workbook…');
  const loadAtStart = loadavg()[0]!;
  const today = new Date().toISOString().slice(0, 10);
  const [dist, workbook] = await Promise.all([buildApp(), epingWorkbook(COUNT, 7, today)]);
  const previousDist = process.env.E2E_DIST;
  process.env.E2E_DIST = dist;
  try {
    const app = await openOfflineApp(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const { page, pageErrors } = app;
    await app.context.addInitScript(installProbes);
    await page.reload();

    // Import through the Import screen, from the file chosen to the summary shown.
    await page.goto(`${APP_URL}#/import`);
    await page.getByTestId('screen-import').waitFor();
    const importStart = Date.now();
    await page.getByTestId('import-file').setInputFiles(workbook);
    await page.getByTestId('import-summary').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const importMs = Date.now() - importStart;
    const created = await page.getByTestId('summary-created').getAttribute('data-value');
    if (Number(created) !== COUNT) throw new Error(`the import created ${created} notifications, not ${COUNT}`);
    report({ name: 'ui_import_50k_xlsx_ms', value: importMs, unit: 'ms' });

    // The list builds its projection and index once in the background; the figures below are the
    // days after, when both are stored.
    await page.goto(`${APP_URL}#/`);
    await page.getByTestId('notification-row').first().waitFor({ timeout: 120_000 });
    const deadline = Date.now() + 180_000;
    while (!(await storedIndexIsCurrent(page))) {
      if (Date.now() > deadline) throw new Error('the search index was not stored within 3 minutes');
      await page.waitForTimeout(500);
    }

    const reloads: number[] = [];
    for (let i = 0; i < RELOADS; i++) reloads.push(await reloadToRows(page));
    report({ name: 'ui_50k_reload_to_rows_ms', value: ms(median(reloads)), unit: 'ms' });

    const searches: number[] = [];
    for (const query of ['电池', 'battery', '玩具']) searches.push(await reloadToSearch(page, query));
    report({ name: 'ui_50k_reload_to_search_ms', value: ms(median(searches)), unit: 'ms' });

    // Each keystroke, typed into the search box, to its results painted.
    const keystrokes: number[] = [];
    const input = page.getByTestId('search-input');
    await page.getByTestId('notification-row').first().waitFor();
    await page.getByTestId('search-note').waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
    await profiled(page, 'keystrokes', async () => {
      for (const query of KEYSTROKE_QUERIES) {
        // Each query is typed into a box whose clearing has been answered: the first keystroke's
        // time is its own, not also the rest of the clearing's.
        await input.fill('');
        await page.locator('[data-testid="screen-notifications"][data-shown-query=""]').waitFor();
        await input.focus();
        let typed = '';
        for (const char of query) {
          typed += char;
          keystrokes.push(await inputToPaint(page, () => page.keyboard.type(char), `[data-testid="screen-notifications"][data-shown-query="${typed}"]`));
        }
      }
    });
    if (process.env.BENCH_STEPS) console.log('  keystrokes', keystrokes.map(ms).join(' '));
    report({ name: 'ui_50k_search_keystroke_p95_ms', value: ms(p95(keystrokes)), unit: 'ms' });
    await input.fill('');
    await page.locator('[data-testid="screen-notifications"][data-shown-query=""]').waitFor();

    // Sorting a column over all 50,000 rows: the click to the re-sorted rows painted.
    const sorts: number[] = [];
    await profiled(page, 'sort', async () => {
      for (let round = 0; round < SORT_ROUNDS; round++) {
        for (const column of SORT_CLICKS) {
          const header = page.locator(`th.nl-col-${column}`);
          const before = (await header.getAttribute('aria-sort')) ?? 'none';
          const expected = before === 'ascending' ? 'descending' : 'ascending';
          sorts.push(await inputToPaint(page, () => page.getByTestId(`sort-${column}`).click(), `th.nl-col-${column}[aria-sort="${expected}"]`));
        }
      }
    });
    report({ name: 'ui_50k_sort_p95_ms', value: ms(p95(sorts)), unit: 'ms' });

    // Open a notification, then back to the list with the review screen's own button.
    const backs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('notification-row').nth(i).click();
      await page.getByTestId('screen-review').waitFor({ timeout: 60_000 });
      backs.push(await inputToPaint(page, () => page.locator('.review-bar > button').first().click(), '[data-testid="notification-row"]'));
    }
    report({ name: 'ui_50k_back_to_list_ms', value: ms(median(backs)), unit: 'ms' });

    // Scrolling with the wheel: each step to the frame that shows the rows it brought into view.
    const steps = await profiled(page, 'scroll', () => wheelSteps(page));
    report({ name: 'ui_50k_scroll_frame_p95_ms', value: ms(p95(steps)), unit: 'ms' });
    // The same steps over plain rows that never change: the browser's part of the figure.
    const floor = await wheelSteps(await plainScroller(page));
    report({ name: 'ui_50k_scroll_frame_floor_p95_ms', value: ms(p95(floor)), unit: 'ms' });

    // The UI thread's JavaScript heap once idle, after a full garbage collection.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    report({ name: 'ui_50k_heap_mb', value: Math.round(heap.usedSize / 1024 / 1024), unit: 'MB' });
    if (pageErrors.length) console.log(`  ui50k: page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
    // These are wall-clock times on a shared machine: the load says how much else ran meanwhile.
    report({ name: 'ui_50k_bench_load_per_cpu', value: Math.round((Math.max(loadAtStart, loadavg()[0]!) / cpus().length) * 10) / 10, unit: 'runnable/cpu' });
    await page.context().close();
  } finally {
    if (previousDist === undefined) delete process.env.E2E_DIST;
    else process.env.E2E_DIST = previousDist;
    await rm(dist, { recursive: true, force: true });
  }
}
