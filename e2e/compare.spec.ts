import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { editorText, newDraft, typeHeadline, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

const HEADLINE = 'حرب المغرب على الإرهاب مستمرة';
const FIRST = 'أجهضت السلطات الأمنية خلية إرهابية في سلا.';
const SECOND = 'وأشادت واشنطن بالجهود التي تبذلها المملكة في محاربة الإرهاب.';
const THIRD = 'وقال مصدر أمني إن التحقيق ما زال مستمرا.';

const paragraph = (page: Page, text: string) => editorText(page).locator(':scope > p', { hasText: text });

/** Selects from `offset` in the text of `from` to the end of `to`'s text, and waits until Lexical has taken the selection. */
async function selectText(page: Page, from: Locator, offset: number | 'end', to: Locator, word?: string): Promise<void> {
  const start = await from.elementHandle();
  const end = await to.elementHandle();
  await page.evaluate(
    ({ start, end, offset, word }) => {
      const textOf = (element: Element) => document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const startText = textOf(start!);
      const endText = textOf(end!);
      const range = document.createRange();
      if (word) {
        const at = startText.data.indexOf(word);
        range.setStart(startText, at);
        range.setEnd(startText, at + word.length);
      } else {
        range.setStart(startText, offset === 'end' ? startText.data.length : offset);
        range.setEnd(endText, endText.data.length);
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { start, end, offset, word },
  );
  // Lexical follows the DOM selection on selectionchange, which comes after this call returns.
  await page.waitForTimeout(150);
}

async function clipboardEvent(page: Page, type: 'cut' | 'paste'): Promise<void> {
  await editorText(page).evaluate((root, type) => {
    const holder = window as unknown as { compareClipboard?: DataTransfer };
    const data = type === 'cut' ? new DataTransfer() : holder.compareClipboard!;
    holder.compareClipboard = data;
    root.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }));
  }, type);
}

describe('compare revisions, end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    await newDraft(tab.page);
  });

  it('marks a replaced word as one whole word and a moved paragraph as moved, and restores one paragraph', async () => {
    const { page } = tab;
    await typeHeadline(page, HEADLINE);
    await page.keyboard.type(FIRST);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SECOND);
    await page.keyboard.press('Enter');
    await page.keyboard.type(THIRD);
    await page.keyboard.press('Control+S');
    await waitForSaved(page);

    // A word replaced: سلا → طنجة.
    await selectText(page, paragraph(page, FIRST), 0, paragraph(page, FIRST), 'سلا');
    await page.keyboard.type('طنجة');
    const edited = FIRST.replace('سلا', 'طنجة');
    // The second paragraph cut (with the break before it) and pasted into a new paragraph after the third.
    await selectText(page, paragraph(page, edited), 'end', paragraph(page, SECOND));
    await clipboardEvent(page, 'cut');
    await paragraph(page, SECOND).waitFor({ state: 'detached' });
    await selectText(page, paragraph(page, THIRD), 'end', paragraph(page, THIRD));
    await page.keyboard.press('Enter');
    await clipboardEvent(page, 'paste');
    await paragraph(page, SECOND).waitFor();
    expect((await articleText(editorText(page))).split('\n').filter(Boolean)).toEqual([HEADLINE, edited, THIRD, SECOND]);
    await page.keyboard.press('Control+S');
    await waitForSaved(page);

    await page.getByRole('button', { name: 'المراجعات' }).click();
    const revisions = page.getByRole('complementary', { name: 'المراجعات' });
    await revisions.getByRole('button', { name: /نقطة حفظ/ }).last().click();
    await revisions.getByRole('button', { name: 'قارن بالنص الحالي' }).click();
    await revisions.getByRole('button', { name: 'إغلاق' }).first().click();

    const panel = page.getByRole('complementary', { name: 'مقارنة النسخ' });
    const changed = panel.getByRole('listitem').filter({ hasText: 'تغيّرت' }).filter({ hasText: 'طنجة' });
    await changed.waitFor();
    expect(await changed.locator('del').allTextContents()).toEqual(['سلا']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['طنجة']);
    const moved = panel.getByRole('listitem').filter({ hasText: SECOND }).filter({ hasText: 'نُقلت من الموضع 5' });
    await moved.waitFor();
    expect(await moved.locator('ins, del').count()).toBe(0);
    await panel.getByText('نُقلت من هنا إلى الموضع 6').waitFor();
    await screenshot(page, 'compare');
    expect(await panel.getByRole('region', { name: 'ملخص التغييرات' }).locator('p').textContent()).toBe('تغيّرت 1، أضيفت 0، حُذفت 0، نُقلت 1');

    await panel.getByRole('button', { name: 'جنبًا إلى جنب' }).click();
    await panel.getByRole('table').waitFor();
    await screenshot(page, 'compare-side-by-side');
    await panel.getByRole('button', { name: 'داخل النص' }).click();

    await changed.getByRole('button', { name: 'استرجع هذه الفقرة' }).click();
    await paragraph(page, FIRST).waitFor();
    expect((await articleText(editorText(page))).split('\n').filter(Boolean)).toEqual([HEADLINE, FIRST, THIRD, SECOND]);
    await panel.getByText('تغيّرت 0، أضيفت 0، حُذفت 0، نُقلت 1').waitFor();

    // One undo step takes the restore back.
    await paragraph(page, THIRD).click();
    await page.keyboard.press('Control+Z');
    await paragraph(page, edited).waitFor();
    expect(tab.errors).toEqual([]);
  });
});
