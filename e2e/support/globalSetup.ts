import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT/#token=TOKEN`, as the web host printed it. */
    midadUrl: string;
  }
}

const ROOT = join(import.meta.dirname, '..', '..');
const URL_LINE = /^Midad: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the web host printed no URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited (${code}) before printing its URL:\n${output}`));
    });
  });
}

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
  const host = spawn('npx', ['tsx', 'electron/web/main.ts', '--data-dir', dataDir, '--port', '0', '--no-open'], {
    cwd: ROOT,
    // Its own process group, so teardown stops npx and the host it started together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', CI: '1' },
  });
  const stop = () => {
    if (host.pid !== undefined && host.exitCode === null) {
      try {
        process.kill(-host.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  try {
    project.provide('midadUrl', await waitForUrl(host));
  } catch (error) {
    stop();
    throw error;
  }

  return () => {
    stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
