// `npm test`: type-check, lint, then every Vitest project (unit, renderer, wordpress, then end-to-end),
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
const testTmp = ensureDir(join(runDir, 'tmp'));

// The end-to-end project runs after the others, not beside them: on two cores the Node projects
// (and their WordPress) starved the browser, and a UI flow waiting on the web host timed out.
const phases = [
  ['unit', 'renderer', 'wordpress'],
  ['e2e'],
];
const totals = { passed: 0, failed: 0, skipped: 0, total: 0 };
let status = 0;
for (const [index, projects] of phases.entries()) {
  const report = join(runDir, `vitest-${index}.json`);
  const vitest = spawnSync(
    'npx',
    ['vitest', 'run', ...projects.flatMap((project) => ['--project', project]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, TMPDIR: testTmp } },
  );
  if (vitest.status !== 0) status = vitest.status ?? 1;
  if (!existsSync(report)) {
    console.error(`npm test: no report written for ${projects.join(', ')}`);
    status ||= 1;
    continue;
  }
  const results = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += results.numPassedTests;
  totals.failed += results.numFailedTests;
  totals.skipped += results.numPendingTests + results.numTodoTests;
  totals.total += results.numTotalTests;
}

console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (totals.total === 0) {
  console.error('npm test: no test ran');
  process.exit(1);
}
rmSync(runDir, { recursive: true, force: true });
process.exit(status);
