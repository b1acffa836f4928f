import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PeerBlock } from '../fixtures/articleForms';
import { peerBlockHtml } from '../fixtures/peerHtml';
import { ROOT } from './builds';

const run = promisify(execFile);
const SCRIPTS = join(ROOT, 'scripts', 'wordpress');

export interface WordPressSite {
  url: string;
  user: string;
  adminPassword: string;
  version: string;
  /** A new draft post holding the blocks as heading, paragraph and image blocks; its id. */
  createPost(blocks: PeerBlock[]): Promise<number>;
  stop(): Promise<void>;
}

const BLOCK_NAMES = { h2: 'heading', p: 'paragraph', figure: 'image' } as const;

/**
 * Block markup as WordPress 6.1 saves it: heading (h2 is the default level),
 * paragraph and image blocks; the h1 is the post's title.
 */
export function blockMarkup(blocks: PeerBlock[]): string {
  return blocks
    .flatMap((block) => (block.tag === 'h1' ? [] : [`<!-- wp:${BLOCK_NAMES[block.tag]} -->\n${peerBlockHtml(block)}\n<!-- /wp:${BLOCK_NAMES[block.tag]} -->`]))
    .join('\n\n');
}

/**
 * Debian's WordPress brought up by scripts/wordpress/up.sh, or the reason it
 * could not be (the suites then print WordPress as not measured).
 */
export async function startWordPress(): Promise<WordPressSite | { reason: string }> {
  if (!existsSync(join(SCRIPTS, 'up.sh'))) return { reason: 'scripts/wordpress/up.sh is absent' };
  let info: { url: string; user: string; applicationPassword: string; adminPassword: string; stateDir: string; version: string };
  try {
    const { stdout } = await run('bash', [join(SCRIPTS, 'up.sh')], { timeout: 180_000 });
    info = JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
  } catch (error) {
    return { reason: `up.sh failed: ${String((error as Error).message).split('\n').slice(0, 3).join(' ')}` };
  }
  const auth = `Basic ${Buffer.from(`${info.user}:${info.applicationPassword}`).toString('base64')}`;
  return {
    url: info.url,
    user: info.user,
    adminPassword: info.adminPassword,
    version: info.version,
    async createPost(blocks) {
      const response = await fetch(new URL('/wp-json/wp/v2/posts', info.url), {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: blocks[0]?.text ?? '', content: blockMarkup(blocks), status: 'draft' }),
      });
      if (!response.ok) throw new Error(`WordPress refused the post: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: number }).id;
    },
    async stop() {
      await run('bash', [join(SCRIPTS, 'down.sh'), info.stateDir], { timeout: 60_000 });
    },
  };
}
