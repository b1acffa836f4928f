import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Gzip size (KB) of the JavaScript files of `staticDir` that the page loaded,
 * found in its resource timing: what a cold start has to fetch and compile.
 */
export async function loadedJsGzipKB(page: Page, origin: string, staticDir: string): Promise<number> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const files = new Set(
    urls
      .filter((url) => url.startsWith(origin) && new URL(url).pathname.endsWith('.js'))
      .map((url) => new URL(url).pathname),
  );
  let bytes = 0;
  for (const path of files) bytes += gzipSync(await readFile(join(staticDir, path))).length;
  return bytes / 1_024;
}
