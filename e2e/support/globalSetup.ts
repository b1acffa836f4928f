import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';
import { startWebHostProcess } from './webHost';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT/#token=TOKEN`, as the web host printed it. */
    midadUrl: string;
  }
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds the renderer, starts `npm run web`'s host on a free port with a fresh
 * data folder, and hands its URL to the specs. Without Chromium the run fails
 * with one line saying how to install it: the end-to-end tests never skip silently.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error('install Chromium: apt-get install chromium');

  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'web', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`renderer build failed:\n${build.stderr || build.stdout}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'midad-e2e-'));
  const host = await startWebHostProcess(dataDir);
  project.provide('midadUrl', host.url);

  return () => {
    host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
