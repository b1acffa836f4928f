import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** The README's screenshots, taken afresh on every end-to-end run so they never go stale. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  // Fonts load lazily per unicode-range; wait so the picture shows the bundled faces.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(DIR, `${name}.png`) });
}
