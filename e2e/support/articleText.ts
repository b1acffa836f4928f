import type { Locator } from 'playwright-core';

/**
 * The article's text, one line per block, read from the DOM's text rather than
 * `innerText`: blocks scrolled off screen skip rendering (`content-visibility`),
 * and `innerText` of a skipped block is empty, which would let a test pass or
 * fail on where the page happens to be scrolled.
 */
export function articleText(editor: Locator): Promise<string> {
  return editor.evaluate((root) => [...root.children].map((block) => block.textContent ?? '').join('\n'));
}
