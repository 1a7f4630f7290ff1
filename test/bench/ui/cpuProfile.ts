// With BENCH_PROFILE=<folder>, a phase of the ui50k bench runs under Chromium's sampling profiler
// (CDP Profiler, UI thread): the .cpuprofile is written there (open it in DevTools' Performance
// panel) and the functions with the most self time are printed, to see where a slow figure goes.
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

export async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`  profile ${name} (UI thread, self time):`);
    for (const { where, ms, pct } of selfTimes(profile)) console.log(`    ${String(ms).padStart(6)} ms ${String(pct).padStart(5)} %  ${where}`);
    await cdp.detach();
  }
}
