// `npm test`: typecheck, lint (which enforces the layer rule), then every vitest test — unit and
// end-to-end in Chromium — and a closing line that counts them.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

const npx = 'npx';
let ok = run('typecheck', npx, ['tsc', '-b']);
ok = run('lint', npx, ['eslint', '.', '--max-warnings', '0']) && ok;

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
ok = run('tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]) && ok;

try {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`);
} catch {
  console.log('\ntests: 0 passed, 1 failed (no vitest report was written)');
  ok = false;
}
if (!ok) console.log('npm test failed: see the first ▶ step above that reported errors.');
process.exit(ok ? 0 : 1);
