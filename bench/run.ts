import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, judge, renderSvg, type ReportedRow } from './lib/report';
import type { Suite } from './lib/suite';
import { suites as allSuites } from './suites/index';

export interface BenchOptions {
  smoke: boolean;
  /** Suite names to run; all when empty. */
  only?: string[];
  /** Where results.json and results.svg go. */
  resultsDir: string;
  log?: (message: string) => void;
  suites?: Suite[];
}

/** A suite that threw: the others still run and report. */
export interface SuiteFailure {
  suite: string;
  message: string;
}

export interface BenchResult {
  rows: ReportedRow[];
  failures: SuiteFailure[];
  table: string;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const selected = (options.suites ?? allSuites).filter(
    (suite) => !options.only?.length || options.only.includes(suite.name),
  );
  const rows: ReportedRow[] = [];
  const failures: SuiteFailure[] = [];
  for (const suite of selected) {
    // One suite's failure (a peer's page timing out) must not throw away the minutes of the others.
    try {
      for (const row of await suite.run({ smoke: options.smoke, log })) rows.push(judge(row));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`${suite.name}: FAILED: ${message}`);
      failures.push({ suite: suite.name, message });
    }
  }
  const table = [formatTable(rows), ...failures.map(({ suite, message }) => `Suite ${suite} failed: ${message}`)].join('\n');
  await mkdir(options.resultsDir, { recursive: true });
  const run = { date: new Date().toISOString(), smoke: options.smoke, node: process.version, rows, failures };
  await writeFile(join(options.resultsDir, 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(join(options.resultsDir, 'results.svg'), renderSvg(rows));
  return { rows, failures, table };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  const { table, rows, failures } = await runBench({ smoke, only, resultsDir });
  process.stdout.write(`${table}\n\nResults: ${resultsDir}results.json, results.svg\n`);
  // Targets are reported, not enforced: a slow machine must not fail the run; a suite that broke does.
  if (rows.length === 0 || failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
