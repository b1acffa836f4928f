import type { CDPSession, Page } from 'playwright-core';

/** Letters and spaces of an Arabic sentence, typed over and over. */
const TEXT = 'ثم أعلنت الحكومة عن برنامج جديد لدعم الفلاحين ';

export function arabicKeys(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => TEXT[(offset + i) % TEXT.length]!);
}

/**
 * One key as an Arabic keyboard sends it: keydown carrying the character
 * (Chromium then fires keypress, beforeinput and input), then keyup.
 * Playwright's `keyboard.press` knows only the US layout's keys.
 */
async function pressKey(cdp: CDPSession, char: string): Promise<void> {
  const code = char === ' ' ? { code: 'Space', windowsVirtualKeyCode: 32 } : {};
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, unmodifiedText: char, ...code });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, ...code });
}

/**
 * Scrolls the middle paragraph to the centre of the window and clicks on a
 * letter in the middle of its longest plain run of text, outside quotes and
 * links (clicking those opens their own UI in Midad), so every editor gets its
 * caret at the same kind of place. An empty paragraph is clicked on its line.
 * The point is taken two frames after scrolling, once the blocks brought on
 * screen have their real heights, and the click is retried if the caret still
 * landed elsewhere (a block above settling its height moves the target).
 */
export async function clickMiddleParagraph(page: Page, selector: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const point = await page.evaluate(async (selector) => {
      const paragraphs = document.querySelectorAll(selector);
      const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
      if (!paragraph) return null;
      paragraph.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let longest: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const insideInline = node.parentElement?.closest('q, a, [data-midad-quote]');
        if (!(insideInline && paragraph.contains(insideInline)) && (node.textContent?.length ?? 0) > (longest?.textContent?.length ?? 0)) {
          longest = node as Text;
        }
      }
      if (!longest) {
        // An empty paragraph: its one line.
        const box = paragraph.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      const range = document.createRange();
      const middle = Math.floor((longest.textContent?.length ?? 0) / 2);
      range.setStart(longest, middle);
      range.setEnd(longest, middle + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, selector);
    if (!point) throw new Error(`no paragraph matches ${selector}`);
    await page.mouse.click(point.x, point.y);
    const landed = await page.evaluate((selector) => {
      const paragraphs = document.querySelectorAll(selector);
      const anchor = getSelection()?.anchorNode;
      return Boolean(anchor && paragraphs[Math.floor(paragraphs.length / 2)]?.contains(anchor));
    }, selector);
    if (landed) return;
  }
  throw new Error(`the caret did not land in the middle ${selector} after three clicks`);
}

/** Characters the paragraph under the caret has, to check the keys reached the editor. */
export async function caretParagraphLength(page: Page): Promise<number> {
  return page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent?.length ?? -1);
}

/**
 * Presses each key once (down and up, never held), waits for the probe to
 * record its frame, then pauses as a typist between keys does.
 */
export async function pressKeys(page: Page, keys: string[], pauseMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let before = await page.evaluate(() => window.__bench.frames.length);
  for (const key of keys) {
    await pressKey(cdp, key);
    await page.evaluate(
      ({ before, pauseMs }) =>
        new Promise<void>((resolve) => {
          const wait = () => (window.__bench.frames.length > before ? setTimeout(resolve, pauseMs) : setTimeout(wait, 2));
          wait();
        }),
      { before, pauseMs },
    );
    before++;
  }
  await cdp.detach();
}

/** Types keys back to back, as fast as the page takes them (for memory, not timing). */
export async function typeQuickly(page: Page, keys: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const key of keys) await pressKey(cdp, key);
  await cdp.detach();
}

/** The probe's keydown-to-next-frame times since the last call, ms. */
export async function takeFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__bench.frames.splice(0));
}
