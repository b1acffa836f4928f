import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders removed when the bench process ends. */
const temporary: string[] = [];
process.once('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function viteBuild(args: string[], outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    const child = spawn('npx', ['vite', 'build', ...args, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(outDir) : reject(new Error(`vite build ${args.join(' ')} failed:\n${output}`))));
  });
}

let builds: Promise<{ renderer: string; peers: string }> | undefined;

/**
 * Production builds of the renderer (as `npm run web` serves it) and of the
 * peer pages, once per bench process, into folders of their own so a
 * concurrent e2e run's `dist/renderer` is never touched.
 */
export function productionBuilds(): Promise<{ renderer: string; peers: string }> {
  builds ??= (async () => {
    const [renderer, peers] = await Promise.all([
      viteBuild(['--mode', 'web', ...(process.env.BENCH_NO_MINIFY ? ['--minify', 'false'] : [])], temporaryDir('midad-bench-renderer-')),
      viteBuild(['--config', 'bench/peers/vite.config.ts'], temporaryDir('midad-bench-peers-')),
    ]);
    return { renderer, peers };
  })();
  return builds;
}
