import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMidadTab } from './support/browser';
import { placeCaretAtEnd, placeCaretIn } from './support/editorPage';
import { screenshot } from './support/screenshots';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'التدقيق' });
const group = (page: Page, ruleId: string) => panel(page).locator(`li.finding-group[data-rule="${ruleId}"]`);
const menu = (page: Page) => page.getByRole('dialog', { name: 'ملاحظة التدقيق' });

/**
 * In the page: the words underlined right now, each only if its line lies
 * under it. The lines are drawn in a layer of their own, so the words are read
 * by hitting the text just above each line.
 */
function wordsOverTheirLines(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.proof-underlines .proof-underline')].flatMap((line) => {
    const box = line.getBoundingClientRect();
    const caret = document.caretRangeFromPoint(box.left + box.width / 2, box.top - 6);
    const word = line.dataset.text ?? '';
    return caret?.startContainer.textContent?.includes(word) ? [word] : [];
  });
}

const marked = (page: Page): Promise<string[]> => page.evaluate(wordsOverTheirLines);

async function waitForMarks(page: Page, accept: (words: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const words = await marked(page);
    if (accept(words) || Date.now() > deadline) return words;
    await page.waitForTimeout(100);
  }
}

describe('proofreading in the editor, end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    // Latin commas are what this spec checks, so the keyboard must not turn them into «،» (restored after).
    await tab.page.evaluate(() => window.midad!.settings.set({ key: 'houseStyle.arabicPunctuation', value: false }));
    await tab.page.getByRole('button', { name: 'مسودة جديدة' }).click();
    await editorText(tab.page).waitFor();
  });

  afterAll(async () => {
    await tab?.page.evaluate(() => window.midad!.settings.set({ key: 'houseStyle.arabicPunctuation', value: true }));
  });

  it('marks the slips as you type and fixes one, all of a kind, and dismisses one with a reason', async () => {
    const { page } = tab;
    await editorText(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('حرب المغرب على الإرهاب مستمرة');
    await editorText(page).locator(':scope > p').last().click();
    await page.keyboard.type('و أشادت الوزارة, بالعمل الذي قامت به الحكومه في في المدينة, وقال المسؤول إن الحادث انتهى.');

    const words = await waitForMarks(page, (list) => list.includes('الحكومه') && list.includes('و أشادت'));
    expect(words).toEqual(expect.arrayContaining(['و أشادت', ',', 'الحكومه']));
    await screenshot(page, 'proofreading');

    await page.getByRole('button', { name: 'التدقيق', exact: true }).click();
    await group(page, 'detached-conjunction').waitFor();
    expect(await group(page, 'latin-punctuation').locator('h3').textContent()).toMatch(/\(2\)/);

    await group(page, 'detached-conjunction').getByRole('button', { name: 'استبدال بـ«وأشادت»' }).click();
    await group(page, 'detached-conjunction').waitFor({ state: 'detached' });
    expect(await editorText(page).textContent()).toContain('وأشادت الوزارة');

    await group(page, 'latin-punctuation').getByRole('button', { name: 'تصحيح الكل (2)' }).click();
    await group(page, 'latin-punctuation').waitFor({ state: 'detached' });
    expect(await editorText(page).textContent()).toContain('وأشادت الوزارة، بالعمل');

    await group(page, 'repeated-word').getByRole('button', { name: 'استبعاد مع ذكر السبب…' }).click();
    await group(page, 'repeated-word').getByRole('textbox', { name: 'سبب الاستبعاد' }).fill('تكرار مقصود');
    await group(page, 'repeated-word').getByRole('button', { name: 'استبعاد', exact: true }).click();
    await group(page, 'repeated-word').waitFor({ state: 'detached' });
    await panel(page).getByText('ملاحظات مستبعدة: 1').waitFor();
    // The text itself is left as written.
    expect(await editorText(page).textContent()).toContain('في في');
  });

  it('takes the lines off a paragraph while it is typed in and draws them again under the moved words', async () => {
    const { page } = tab;
    const paragraph = editorText(page).locator(':scope > p', { hasText: 'الحكومه' });
    await placeCaretIn(paragraph);
    // To the paragraph's first letter, so the typed word pushes every word after it along the line.
    await paragraph.evaluate((element) => {
      const first = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
      if (first) getSelection()?.collapse(first, 0);
    });
    await page.waitForTimeout(50);
    await page.keyboard.type('ثم ');
    expect(await marked(page)).not.toContain('الحكومه');
    const words = await waitForMarks(page, (list) => list.includes('الحكومه'));
    expect(words).toContain('الحكومه');
  });

  it('keeps the lines below under their words while a block above grows, in the same frame and without drawing them again', async () => {
    const { page } = tab;
    await waitForMarks(page, (list) => list.includes('الحكومه'));
    await placeCaretAtEnd(editorText(page).locator(':scope > *').first());
    // Enough words to wrap the first block onto more lines: everything below moves down. The
    // lines are read in the first task after the next frame, before anything drawn later.
    const added = ' وأكد المتحدث باسم الحكومة في ندوة صحفية عقدها بالرباط أن الأشغال ستنتهي قبل نهاية السنة المقبلة';
    const after = await page.evaluate<{ kept: boolean; count: number; words: string[] }>(`(async () => {
      const before = [...document.querySelectorAll('.proof-underlines .proof-underline')];
      document.execCommand('insertText', false, ${JSON.stringify(added)});
      await new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }));
      return { kept: before.every((line) => line.isConnected), count: before.length, words: (${wordsOverTheirLines.toString()})() };
    })()`);
    expect(after.count).toBeGreaterThan(0);
    expect(after.kept).toBe(true);
    expect(after.words).toContain('الحكومه');
  });

  it('suggests spellings for a misspelt word from the keyboard, and a word added to the dictionary loses its mark', async () => {
    const { page } = tab;
    await group(page, 'spelling').getByRole('button', { name: /«الحكومه»/ }).click();
    await page.keyboard.press('Alt+Enter');
    await menu(page).getByRole('button', { name: 'الحكومة', exact: true }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await menu(page).waitFor({ state: 'detached' });

    await group(page, 'spelling').getByRole('button', { name: /«الحكومه»/ }).click();
    await page.keyboard.press('Alt+Enter');
    await menu(page).getByRole('button', { name: 'إضافة إلى قاموس غرفة الأخبار' }).click();
    const words = await waitForMarks(page, (list) => !list.includes('الحكومه'));
    expect(words).not.toContain('الحكومه');
    expect((await page.evaluate(() => window.midad!.proofreading.dictionary({}))).words).toContain('الحكومه');
  });

  it('reuses the closed article\'s worker for the next one in the same language, spelling included', async () => {
    const { page } = tab;
    await page.addInitScript(() => {
      const Native = window.Worker;
      const counted = window as unknown as { workersStarted: number };
      counted.workersStarted = 0;
      window.Worker = class extends Native {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          counted.workersStarted++;
        }
      };
    });
    await page.reload();
    for (const headline of ['المسودة الأولى', 'المسودة الثانية']) {
      const id = await page.evaluate(async (title) => (await window.midad!.drafts.create({ language: 'ar', headline: title })).meta.id, headline);
      await page.evaluate((draftId) => (location.hash = `#/draft/${encodeURIComponent(draftId)}`), id);
      await editorText(page).getByText(headline, { exact: true }).waitFor();
      await editorText(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('زار الوزير المدرسه الجديدة.');
      expect(await waitForMarks(page, (list) => list.includes('المدرسه'))).toContain('المدرسه');
    }
    expect(await page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted)).toBe(1);
  });

  it('checks a French draft with the French dictionary, which its worker fetched from the page origin', async () => {
    const { page } = tab;
    const id = await page.evaluate(async () => (await window.midad!.drafts.create({ language: 'fr', headline: 'Brève en français' })).meta.id);
    await page.evaluate((draftId) => (location.hash = `#/draft/${encodeURIComponent(draftId)}`), id);
    await editorText(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Le gouvernment a annoncé la réforme.');
    const words = await waitForMarks(page, (list) => list.includes('gouvernment'));
    expect(words).toContain('gouvernment');
    expect(words).not.toContain('annoncé');
  });
});
