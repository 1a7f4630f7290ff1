// With BENCH_PROFILE=<folder>, a phase of the ui50k bench runs under Chromium's sampling profiler
// (CDP Profiler) on the UI thread and in the list's worker: the .cpuprofile files are written there
// (open them in DevTools' Performance panel) and the functions with the most self time are
// printed, to see where a slow figure goes.
import type { Page } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line), most first. */
export function selfTimes(profile: Profile, top = 15): { where: string; ms: number; pct: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = byNode.get(id)!.callFrame;
    const where = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    totals.set(where, (totals.get(where) ?? 0) + delta);
    all += delta;
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ where, ms: Math.round(ms), pct: Math.round((ms / all) * 1000) / 10 }));
}

/** Starts the profiler in the page's worker whose script URL contains `scriptName`; returns its stop, or null. */
async function startWorkerProfiler(page: Page, scriptName: string): Promise<(() => Promise<Profile>) | null> {
  const browser = page.context().browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(scriptName));
  if (!target) {
    await cdp.detach();
    return null;
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((answer) => {
      const id = nextId++;
      pending.set(id, answer);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 500 });
  await call('Profiler.start');
  return async () => {
    const { profile } = (await call('Profiler.stop')) as { profile: Profile };
    await cdp.detach();
    return profile;
  };
}

async function report(folder: string, name: string, where: string, profile: Profile) {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`  profile ${name} (${where}, self time):`);
  for (const { where, ms, pct } of selfTimes(profile)) console.log(`    ${String(ms).padStart(6)} ms ${String(pct).padStart(5)} %  ${where}`);
}

const THREAD_TIMES = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

async function threadTimes(cdp: { send: (method: 'Performance.getMetrics') => Promise<{ metrics: { name: string; value: number }[] }> }): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.filter((m) => THREAD_TIMES.includes(m.name)).map((m) => [m.name, m.value]));
}

export async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const stopWorker = await startWorkerProfiler(page, 'listWorker').catch(() => null);
  await cdp.send('Performance.enable');
  const before = await threadTimes(cdp);
  try {
    return await run();
  } finally {
    const after = await threadTimes(cdp);
    // CPU time of the UI thread by kind of work (less noisy than wall-clock times on a shared machine).
    console.log(`  ${name} UI thread: ${Object.entries(after).map(([kind, s]) => `${kind} ${Math.round((s - (before[kind] ?? 0)) * 1000)} ms`).join(', ')}`);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await report(folder, name, 'UI thread', profile);
    await cdp.detach();
    if (stopWorker) await report(folder, `${name}-listWorker`, 'list worker', await stopWorker());
  }
}
