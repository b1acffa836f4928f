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

export interface BenchResult {
  rows: ReportedRow[];
  table: string;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const selected = (options.suites ?? allSuites).filter(
    (suite) => !options.only?.length || options.only.includes(suite.name),
  );
  const rows: ReportedRow[] = [];
  for (const suite of selected) {
    for (const row of await suite.run({ smoke: options.smoke, log })) rows.push(judge(row));
  }
  const table = formatTable(rows);
  await mkdir(options.resultsDir, { recursive: true });
  const run = { date: new Date().toISOString(), smoke: options.smoke, node: process.version, rows };
  await writeFile(join(options.resultsDir, 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(join(options.resultsDir, 'results.svg'), renderSvg(rows));
  return { rows, table };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const only = args.filter((arg) => !arg.startsWith('--'));
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  const { table, rows } = await runBench({ smoke, only, resultsDir });
  process.stdout.write(`${table}\n\nResults: ${resultsDir}results.json, results.svg\n`);
  // Targets are reported, not enforced: a slow machine must not fail the run.
  if (rows.length === 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
