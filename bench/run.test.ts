import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBench } from './run';
import { suites } from './suites/index';

let resultsDir: string | undefined;

afterEach(async () => {
  if (resultsDir) await rm(resultsDir, { recursive: true, force: true });
});

describe('npm run bench --smoke', () => {
  it('runs every suite on small fixtures and writes the table as JSON and SVG', async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'midad-bench-'));
    const { rows, table } = await runBench({ smoke: true, resultsDir, log: () => undefined });
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
});
