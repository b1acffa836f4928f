import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, 'main.ts');

function web(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, '--data-dir', dataDir, '--no-open', ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run web entry', () => {
  it.each([
    [['--port', '99999'], /--port/],
    [['--port', 'abc'], /--port/],
    [['--bogus'], /--bogus/],
    [['extra'], /extra/],
  ])('refuses %j with one line and exit code 2, before listening', async (args, pattern) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-web-main-'));
    const run = await web(dataDir, ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^midad: .*${pattern.source}`));
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('speaks the UI language of the data folder it was given', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'midad-web-main-'));
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ uiLanguage: 'en' }));
    const run = await web(dataDir, '--port', '-1');
    expect(run.stderr).toBe('midad: --port must be a number from 0 to 65535, not “-1”.\n');
  });
});
