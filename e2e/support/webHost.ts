import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const URL_LINE = /^Midad: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;

export interface WebHostProcess {
  /** `http://127.0.0.1:PORT/#token=TOKEN`, as the host printed it. */
  url: string;
  stop(): void;
}

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
 * Starts `npm run web`'s host on a free port over `dataDir`, serving the
 * renderer already built in `dist/renderer`. Several can run side by side,
 * each on its own data folder: two machines of the newsroom on one computer.
 */
export async function startWebHostProcess(dataDir: string): Promise<WebHostProcess> {
  const host = spawn('npx', ['tsx', 'electron/web/main.ts', '--data-dir', dataDir, '--port', '0', '--no-open'], {
    cwd: ROOT,
    // Its own process group, so stopping it ends npx and the host it started together.
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
    return { url: await waitForUrl(host), stop };
  } catch (error) {
    stop();
    throw error;
  }
}
