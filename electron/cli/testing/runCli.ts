import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI, through the package's bin, in its own process, on the data folder `dataDir`. */
export function midad(dataDir: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, MIDAD_DATA_DIR: dataDir, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs a command with `--json`, expects it to succeed without a word on stderr and returns what it printed, parsed. */
export async function json<T>(dataDir: string, ...args: string[]): Promise<T> {
  const run = await midad(dataDir, ...args, '--json');
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as T;
}
