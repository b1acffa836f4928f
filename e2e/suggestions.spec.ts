import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { editorText, newDraft, typeHeadline, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

// A Latin name in the Arabic sentence checks that insertions and deletions keep their place in bidi text.
const SENTENCE = 'أعلنت الحكومة خطة جديدة مع FAO لدعم الفلاحين';

const panel = (page: Page) => page.getByRole('complementary', { name: 'الاقتراحات' });

/**
 * Selects characters of the paragraph's first text node (a caret when `end` is left out) and waits
 * until Lexical has taken the selection: it follows the DOM selection on selectionchange.
 */
async function selectInSentence(page: Page, start: number, end = start): Promise<void> {
  await editorText(page).evaluate(
    (root, { start, end, sentence }) =>
      new Promise<void>((resolve) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        while (node && !node.textContent?.startsWith(sentence.slice(0, 5))) node = walker.nextNode();
        if (!node) throw new Error('sentence not found');
        (root as HTMLElement).focus();
        getSelection()!.setBaseAndExtent(node, start, node, end);
        setTimeout(resolve, 100);
      }),
    { start, end, sentence: SENTENCE },
  );
}

describe('suggestions (track changes), end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    await newDraft(tab.page);
  });

  it('types normally, then suggests an insertion, a deletion by Backspace and a bold word', async () => {
    const { page } = tab;
    await typeHeadline(page, 'الحكومة تدعم الفلاحين');
    await page.keyboard.type(SENTENCE);
    expect(await articleText(editorText(page))).toContain(SENTENCE);

    await page.keyboard.press('Control+Shift+KeyE');
    expect(await page.getByRole('button', { name: 'اقتراح تعديلات' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('End');
    // The Latin comma becomes the Arabic one, as when typing normally, and is part of the suggestion.
    await page.keyboard.type(' اليوم,');
    expect(await editorText(page).locator('ins[data-suggestion-id]').textContent()).toBe(' اليوم،');

    // Backspace over the word "جديدة": struck through, still there.
    const afterWord = SENTENCE.indexOf('جديدة') + 'جديدة'.length;
    await selectInSentence(page, afterWord);
    for (let i = 0; i < 'جديدة'.length; i++) await page.keyboard.press('Backspace');
    expect(await editorText(page).locator('del[data-suggestion-id]').textContent()).toBe('جديدة');
    expect(await articleText(editorText(page))).toContain(SENTENCE);

    const word = SENTENCE.indexOf('الحكومة');
    await selectInSentence(page, word, word + 'الحكومة'.length);
    await page.keyboard.press('Control+KeyB');
    expect(await editorText(page).locator('span[data-previous-format] strong').textContent()).toBe('الحكومة');
  });

  it('lists the suggestions with their author; accepts one and rejects another', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'الاقتراحات' }).first().click();
    const items = panel(page).getByRole('listitem');
    await items.nth(2).waitFor();
    expect(await items.count()).toBe(3);
    await screenshot(page, 'suggestions');
    await panel(page).getByRole('button', { name: /^قبول الاقتراح: +اليوم،$/ }).click();
    // The bold one from the text itself: clicking a suggestion offers accept / reject beside it.
    await editorText(page).locator('span[data-suggestion-id]').click();
    await page.getByRole('dialog', { name: 'الاقتراحات' }).getByRole('button', { name: 'رفض' }).click();
    await items.nth(1).waitFor({ state: 'detached' });
    expect(await editorText(page).locator('ins[data-suggestion-id], span[data-suggestion-id]').count()).toBe(0);
    expect(await editorText(page).locator('strong').count()).toBe(0);
    expect(await articleText(editorText(page))).toContain(`${SENTENCE} اليوم،`);
  });

  it('keeps the remaining suggestion after a reload; accept all leaves no ins/del', async () => {
    const { page } = tab;
    await waitForSaved(page);
    await page.reload();
    await editorText(page).waitFor();
    await editorText(page).locator('del[data-suggestion-id]').waitFor();
    expect(await editorText(page).locator('del[data-suggestion-id]').textContent()).toBe('جديدة');
    if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'الاقتراحات' }).first().click();
    await panel(page).getByRole('button', { name: 'قبول الكل' }).click();
    await panel(page).getByText('لا اقتراحات معلّقة.').waitFor();
    expect(await editorText(page).locator('ins, del').count()).toBe(0);
    expect(await articleText(editorText(page))).toContain('أعلنت الحكومة خطة  مع FAO لدعم الفلاحين اليوم،');
  });

  it('pastes and splits a paragraph as suggestions, and reject all takes both back out', async () => {
    const { page } = tab;
    await editorText(page).locator(':scope > p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Shift+KeyE');
    await editorText(page).evaluate((root) => {
      const data = new DataTransfer();
      data.setData('text/html', '<b>في الجهات</b>');
      data.setData('text/plain', ' في الجهات');
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await editorText(page).locator('ins[data-suggestion-id]').textContent()).toBe(' في الجهات');
    const paragraphs = await editorText(page).locator(':scope > p').count();
    // "جديدة" was accepted away above.
    await selectInSentence(page, 'أعلنت الحكومة خطة  مع FAO '.length);
    await page.keyboard.press('Enter');
    expect(await editorText(page).locator(':scope > p').count()).toBe(paragraphs + 1);
    expect(await editorText(page).locator('p[data-suggested-split]').textContent()).toMatch(/^لدعم الفلاحين/);
    await panel(page).getByText('فقرة جديدة').waitFor();
    await panel(page).getByRole('button', { name: 'رفض الكل' }).click();
    await panel(page).getByText('لا اقتراحات معلّقة.').waitFor();
    expect(await editorText(page).locator(':scope > p').count()).toBe(paragraphs);
    expect(await articleText(editorText(page))).not.toContain('في الجهات');
    expect(await articleText(editorText(page))).toContain('مع FAO لدعم الفلاحين');
    expect(tab.errors).toEqual([]);
  });
});
