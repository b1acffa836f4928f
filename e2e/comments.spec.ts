import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';
import { waitForSaved } from './support/editorPage';

const HEADLINE = 'الحكومة تعلن خطة لدعم الفلاحين';
const SENTENCE = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم الفلاحين المتضررين من الجفاف';
const PHRASE = 'خطة جديدة';
const ME = 'سارة المحررة';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'التعليقات' });
const thread = (page: Page) => panel(page).getByRole('listitem', { name: `تعليق ${ME}: من أين هذا الرقم؟` });
const body = (page: Page) => editorText(page).locator(':scope > p').last();

/**
 * Selects `length` characters from `offset` in the text of `within` (across its
 * text nodes), then waits until Lexical has taken the selection over: it follows
 * the DOM selection on selectionchange, which can come after this returns.
 */
async function selectText(within: Locator, offset: number, length: number): Promise<void> {
  await within.evaluate(
    (element, [start, count]) =>
      new Promise<void>((resolve) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        let placedStart = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const size = node.textContent?.length ?? 0;
          if (!placedStart && start <= seen + size) {
            range.setStart(node, start - seen);
            placedStart = true;
          }
          if (placedStart && start + count <= seen + size) {
            range.setEnd(node, start + count - seen);
            break;
          }
          seen += size;
        }
        (element.closest('[contenteditable]') as HTMLElement).focus();
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        setTimeout(resolve, 150);
      }),
    [offset, length] as const,
  );
}

describe('comments on a draft, end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    const { page } = tab;
    await page.evaluate((name) => window.midad!.settings.set({ key: 'userName', value: name }), ME);
    await page.getByRole('button', { name: 'مسودة جديدة' }).click();
    await editorText(page).waitFor();
  });

  it('comments on a selected phrase, replies, resolves and reopens', async () => {
    const { page } = tab;
    await editorText(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEADLINE);
    await body(page).click();
    await page.keyboard.type(SENTENCE);
    await selectText(body(page), SENTENCE.indexOf(PHRASE), PHRASE.length);
    await page.keyboard.press('Control+Alt+KeyM');

    const composer = page.getByRole('dialog', { name: 'تعليق جديد' });
    expect(await composer.getByLabel('النص المعلَّق عليه').textContent()).toBe(PHRASE);
    await composer.getByRole('textbox', { name: 'التعليق' }).fill('من أين هذا الرقم؟');
    await composer.getByRole('button', { name: 'تعليق', exact: true }).click();
    await composer.waitFor({ state: 'detached' });
    expect(await editorText(page).locator('mark').textContent()).toBe(PHRASE);

    if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'التعليقات', exact: true }).click();
    await thread(page).waitFor();
    await thread(page).getByRole('textbox', { name: `ردّ على ${ME}` }).fill('من بلاغ وزارة الفلاحة');
    await thread(page).getByRole('button', { name: 'ردّ', exact: true }).click();
    expect(await thread(page).locator('.comment-text').allTextContents()).toEqual(['من أين هذا الرقم؟', 'من بلاغ وزارة الفلاحة']);

    await thread(page).getByRole('button', { name: 'تمّ الحل' }).click();
    await thread(page).getByText(`حلّه ${ME}`).waitFor();
    await thread(page).getByRole('button', { name: 'إعادة الفتح' }).click();
    await thread(page).getByRole('button', { name: 'تمّ الحل' }).waitFor();
    await screenshot(page, 'comments');
  });

  it('keeps the mark on the phrase while text is typed before it and inside it', async () => {
    const { page } = tab;
    await selectText(body(page), 0, 0);
    await page.keyboard.type('عاجل: ');
    const mark = editorText(page).locator('mark');
    expect(await mark.textContent()).toBe(PHRASE);
    await selectText(mark, 3, 0);
    await page.keyboard.type(' وطنية');
    expect(await mark.textContent()).toBe('خطة وطنية جديدة');
    expect(await body(page).textContent()).toBe(`عاجل: ${SENTENCE.replace(PHRASE, 'خطة وطنية جديدة')}`);

    // The panel takes the user back to the commented words.
    await selectText(body(page), 0, 0);
    await thread(page).getByRole('button', { name: 'إظهار في النص' }).click();
    await page.waitForFunction(() => getSelection()?.toString() === 'خطة وطنية جديدة');
    expect(await thread(page).getAttribute('aria-current')).toBe('true');
  });

  it('follows its text when the text is cut and pasted at the end of the paragraph', async () => {
    const { page } = tab;
    const mark = editorText(page).locator('mark');
    const moved = (await mark.textContent()) ?? '';
    await selectText(mark, 0, moved.length);
    const clipboard = await editorText(page).evaluate(
      (root) =>
        new Promise<{ html: string; text: string }>((resolve) => {
          const data = new DataTransfer();
          root.dispatchEvent(new ClipboardEvent('cut', { clipboardData: data, bubbles: true, cancelable: true }));
          const done = () => (root.querySelector('mark') ? setTimeout(done, 20) : resolve({ html: data.getData('text/html'), text: data.getData('text/plain') }));
          done();
        }),
    );
    expect(clipboard.text).toBe(moved);
    await panel(page).getByRole('region', { name: 'نص محذوف' }).waitFor();

    const paragraph = (await body(page).textContent()) ?? '';
    await selectText(body(page), paragraph.length, 0);
    await editorText(page).evaluate((root, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, clipboard);
    await mark.waitFor();
    expect(await mark.textContent()).toBe(moved);
    expect((await body(page).textContent())?.endsWith(moved)).toBe(true);
    await panel(page).getByRole('region', { name: 'على النص' }).getByRole('listitem', { name: `تعليق ${ME}: من أين هذا الرقم؟` }).waitFor();
    expect(await panel(page).getByRole('region', { name: 'نص محذوف' }).count()).toBe(0);
  });

  it('keeps the thread as orphaned when its text is deleted, after a reload too', async () => {
    const { page } = tab;
    const text = (await body(page).textContent()) ?? '';
    await selectText(body(page), 0, text.length);
    await page.keyboard.press('Backspace');
    expect(await editorText(page).locator('mark').count()).toBe(0);
    const orphaned = panel(page).getByRole('region', { name: 'نص محذوف' });
    await orphaned.getByRole('listitem', { name: `تعليق ${ME}: من أين هذا الرقم؟` }).waitFor();
    expect(await orphaned.getByLabel('النص المعلَّق عليه').textContent()).toBe(PHRASE);

    await waitForSaved(page);
    await page.reload();
    // The reload rebuilds the whole app; on a loaded machine that can take a while.
    await editorText(page).waitFor({ timeout: 60_000 });
    if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'التعليقات', exact: true }).click();
    await panel(page).getByRole('region', { name: 'نص محذوف' }).getByRole('listitem', { name: `تعليق ${ME}: من أين هذا الرقم؟` }).waitFor();
    expect(await thread(page).locator('.comment-text').count()).toBe(2);
  });

  it('comments on a field from the fields form', async () => {
    const { page } = tab;
    const fields = page.getByRole('complementary', { name: 'حقول المقال' });
    if (!(await fields.isVisible())) await page.getByRole('button', { name: 'حقول المقال', exact: true }).click();
    await fields.getByRole('button', { name: 'تعليق على حقل' }).click();
    const form = fields.getByRole('form', { name: 'تعليق على حقل' });
    await form.getByRole('combobox', { name: 'الحقل' }).selectOption({ label: 'الوسوم' });
    await form.getByRole('textbox', { name: 'التعليق' }).fill('أضف وسم الفلاحة');
    await form.getByRole('button', { name: 'تعليق على الحقل' }).click();
    const onFields = panel(page).getByRole('region', { name: 'على الحقول' });
    await onFields.getByRole('listitem', { name: `تعليق ${ME}: أضف وسم الفلاحة` }).getByText('الحقل: الوسوم').waitFor();
    await waitForSaved(page);
  });

  it('shows the open comment count in the library', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    const row = page.getByRole('row').filter({ hasText: HEADLINE });
    await row.waitFor();
    expect(await row.locator('.comment-count').textContent()).toBe('2');
    expect(await row.locator('.comment-count').getAttribute('title')).toBe('تعليقان مفتوحان');
    expect(tab.errors).toEqual([]);
  });
});
