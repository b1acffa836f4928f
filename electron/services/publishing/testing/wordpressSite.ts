import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** What scripts/wordpress/up.sh prints about the site it brought up. */
export interface WordPressSite {
  url: string;
  user: string;
  applicationPassword: string;
  adminPassword: string;
  contributor: { user: string; applicationPassword: string };
  categories: Record<'breaking' | 'politics' | 'photos', number>;
  tags: Record<'breaking-tag' | 'morocco', number>;
  version: string;
  timezone: string;
  stateDir: string;
}

const run = promisify(execFile);
const scripts = fileURLToPath(new URL('../../../../scripts/wordpress/', import.meta.url));

export async function bringUpWordPress(): Promise<WordPressSite> {
  const { stdout } = await run(`${scripts}up.sh`, [], { timeout: 180_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as WordPressSite;
}

export async function tearDownWordPress(site: WordPressSite): Promise<void> {
  await run(`${scripts}down.sh`, [site.stateDir], { timeout: 60_000 });
}

/** Takes the site away (the PHP server only; the database stays) or brings it back. */
export async function wordPressServer(site: WordPressSite, action: 'start' | 'stop'): Promise<void> {
  await run(`${scripts}server.sh`, [action, site.stateDir], { timeout: 30_000 });
}
