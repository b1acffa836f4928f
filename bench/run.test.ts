import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Suite } from './lib/suite';
import { runBench } from './run';
import { suites } from './suites/index';

let resultsDir: string | undefined;

afterEach(async () => {
  if (resultsDir) await rm(resultsDir, { recursive: true, force: true });
});

describe('npm run bench --smoke', () => {
  it('runs every suite on small fixtures and writes the table as JSON and SVG', async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'midad-bench-'));
    const { rows, failures, table } = await runBench({ smoke: true, resultsDir, log: () => undefined });
    expect(failures).toEqual([]);
    expect(new Set(rows.map((row) => row.suite))).toEqual(new Set(suites.map((suite) => suite.name)));
    for (const row of rows) {
      // Measured costs are never free; a quality measure (missed slips, false alarms) may well be zero.
      if (row.unit === 'per 1k words' || row.unit === 'ratio') expect(row.midad.p50).toBeGreaterThanOrEqual(0);
      else expect(row.midad.p50).toBeGreaterThan(0);
      expect(row.midad.p95).toBeGreaterThanOrEqual(row.midad.p50);
      expect(table).toContain(row.metric);
    }
    const json = JSON.parse(await readFile(join(resultsDir, 'results.json'), 'utf8')) as { rows: unknown[] };
    expect(json.rows).toHaveLength(rows.length);
    const svg = await readFile(join(resultsDir, 'results.svg'), 'utf8');
    expect(svg.match(/<rect /g)).toHaveLength(rows.length);
    // The browser suites build the renderer and the peer pages and start Chromium: about 30 s of the run.
  }, 180_000);

  it('reports a suite that throws and still runs and writes the others', async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'midad-bench-'));
    const broken: Suite = {
      name: 'broken',
      run: async () => {
        throw new Error('page.waitForURL: Timeout 30000ms exceeded.\n=== logs ===');
      },
    };
    const storage = suites.find((suite) => suite.name === 'storage')!;
    const { rows, failures, table } = await runBench({ smoke: true, resultsDir, log: () => undefined, suites: [broken, storage] });
    expect(failures).toEqual([{ suite: 'broken', message: 'page.waitForURL: Timeout 30000ms exceeded.' }]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.suite === 'storage')).toBe(true);
    expect(table).toContain('Suite broken failed: page.waitForURL: Timeout 30000ms exceeded.');
    const json = JSON.parse(await readFile(join(resultsDir, 'results.json'), 'utf8')) as { failures: unknown[] };
    expect(json.failures).toEqual(failures);
  }, 60_000);
});
