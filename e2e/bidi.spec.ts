import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const PARAGRAPH = 'فرقة UB40 تحتفل سنة 2021 على الساعة 13:05 أمام 360 متفرج';

/** Runs in the page: the text node of `root` holding `part`, and where `part` starts in it. */
function findText(root: Element, part: string): { node: Text; at: number } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(part);
    if (at >= 0) return { node: node as Text, at };
  }
  throw new Error(`no “${part}” in the paragraph`);
}

/** Puts the caret right after `part` in logical (typing) order, and waits until Lexical has it. */
async function caretAfter(page: Page, block: Locator, part: string): Promise<void> {
  await block.evaluate(
    (element, [source, text]) => {
      const find = new Function(`return ${source}`)() as typeof findText;
      const { node, at } = find(element, text!);
      getSelection()!.collapse(node, at + text!.length);
    },
    [findText.toString(), part],
  );
  await page.waitForTimeout(100);
}

/** The on-screen box of `part`'s `index`th character. */
function boxOf(block: Locator, part: string, index = 0): Promise<{ left: number; right: number; x: number; y: number }> {
  return block.evaluate(
    (element, [source, text, nth]) => {
      const find = new Function(`return ${source}`)() as typeof findText;
      const { node, at } = find(element, text!);
      const range = element.ownerDocument.createRange();
      range.setStart(node, at + Number(nth));
      range.setEnd(node, at + Number(nth) + 1);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [findText.toString(), part, String(index)],
  );
}

const selected = (page: Page) => page.evaluate(() => getSelection()!.toString());

describe('Arabic text with Latin names and numbers, end to end in Chromium', () => {
  const tab = useMidadTab();
  let block: Locator;

  beforeAll(async () => {
    await tab.page.getByRole('button', { name: 'مسودة جديدة' }).click();
    await editorText(tab.page).waitFor();
    block = editorText(tab.page).locator(':scope > p').last();
    await block.click();
    await tab.page.keyboard.type(PARAGRAPH);
  });

  it('deletes the character before the caret after a Latin word, a year and a time, and undo brings each back', async () => {
    const { page } = tab;
    for (const [part, left] of [['UB40', 'UB4 '], ['2021', '202 '], ['13:05', '13:0 ']] as const) {
      await caretAfter(page, block, part);
      await page.keyboard.press('Backspace');
      expect(await block.textContent()).toContain(left);
      expect(await block.textContent()).not.toContain(`${part} `);
      await page.keyboard.press('Control+z');
      await expect.poll(() => block.textContent()).toBe(PARAGRAPH);
    }
  });

  it('selects a whole Latin word or number by Shift+Arrow, Ctrl+Shift+Arrow and double-click', async () => {
    const { page } = tab;
    // In a right-to-left paragraph the caret moves on in reading order with the left arrow, through the number too.
    await caretAfter(page, block, 'سنة ');
    for (let step = 0; step < 4; step++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await selected(page)).toBe('2021');
    await caretAfter(page, block, 'فرقة ');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    expect((await selected(page)).trim()).toBe('UB40');
    for (const part of ['UB40', '2021', '13:05', '360']) {
      // On a middle character: the colon of the time, where Chromium's own word breaking stops.
      const { x, y } = await boxOf(block, part, Math.floor(part.length / 2));
      await page.mouse.dblclick(x, y);
      await expect.poll(() => selected(page)).toBe(part);
    }
  });

  it('keeps the Arabic comma and the full stop typed after a number or word on their reading side', async () => {
    const { page } = tab;
    await caretAfter(page, block, '360');
    await page.keyboard.type('،');
    await caretAfter(page, block, 'متفرج');
    await page.keyboard.type('.');
    expect(await block.textContent()).toBe(PARAGRAPH.replace('360 ', '360، ') + '.');
    // Right to left: the comma after 360 in reading order sits on its left on screen, the full stop at the line's far left.
    const number = await boxOf(block, '360');
    const comma = await boxOf(block, '،');
    expect(comma.right).toBeLessThanOrEqual(number.left + 1);
    const word = await boxOf(block, 'متفرج', 'متفرج'.length - 1);
    const stop = await boxOf(block, 'متفرج.', 'متفرج'.length);
    expect(stop.right).toBeLessThanOrEqual(word.left + 1);
    await screenshot(page, 'bidi-numbers');
    expect(tab.errors).toEqual([]);
  });
});
