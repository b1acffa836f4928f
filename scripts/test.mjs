// `npm test`: type-check, lint, then every Vitest project (unit, renderer, end-to-end),
// ending with one plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

function ensureDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(CHROMIUM)) {
  console.error(`npm test: the end-to-end tests need Chromium at ${CHROMIUM}: install it with "sudo apt-get install chromium"`);
  process.exit(1);
}

run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.']);

// Tests make many temporary data folders; giving the run its own TMPDIR removes them all at the end.
const runDir = mkdtempSync(join(tmpdir(), 'midad-test-'));
const testTmp = join(runDir, 'tmp');
const report = join(runDir, 'vitest.json');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, TMPDIR: ensureDir(testTmp) } },
);

let summary = 'tests: no report written';
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  summary = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  if (results.numTotalTests === 0) {
    console.log(summary);
    console.error('npm test: no test ran');
    process.exit(1);
  }
}
console.log(summary);
rmSync(runDir, { recursive: true, force: true });
process.exit(vitest.status ?? 1);
