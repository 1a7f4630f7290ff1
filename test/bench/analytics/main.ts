// `npm run bench:analytics`: the analytics group alone, printed (results.json is written by `npm run bench`).
import { runAnalyticsBenchmarks } from './analyticsBench';

for (const figure of await runAnalyticsBenchmarks()) console.log(`  ${figure.name.padEnd(40)} ${String(figure.value).padStart(10)} ${figure.unit}`);
