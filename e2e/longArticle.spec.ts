import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleDocument, element, generateArticle } from '../bench/fixtures/generateArticle';
import type { ArticleDocument } from '../shared/model/document';
import { useMidadTab } from './support/browser';
import { editorText, placeCaretIn, waitForSaved } from './support/editorPage';

/** A word found in the article's last paragraph only. */
const LAST_WORD = 'زنجبيل';
const LAST_PARAGRAPH = `وختم التقرير بالإشارة إلى ارتفاع أسعار ${LAST_WORD} في الأسواق المحلية`;

/** About 250 blocks: far more than three screens' worth. */
function longArticle(): ArticleDocument {
  const document = articleDocument(generateArticle({ seed: 23, words: 9_000 }));
  document.root.children.push(element('paragraph', LAST_PARAGRAPH, { textFormat: 0, textStyle: '' }));
  return document;
}

async function createDraft(page: Page, document: ArticleDocument): Promise<string> {
  return page.evaluate(async (saved) => {
    const { meta } = await window.midad!.drafts.create({ language: 'ar' });
    await window.midad!.drafts.open({ id: meta.id });
    await window.midad!.drafts.save({ id: meta.id, baseRevisionId: meta.revisionId, document: saved, kind: 'checkpoint' });
    await window.midad!.drafts.close({ id: meta.id });
    return meta.id;
  }, document);
}

/** Lets the editor settle: two frames, so what a frame scheduled has run and been painted. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const blocks = (page: Page) => editorText(page).locator(':scope > *');

/** Per block, in order: is it skipped as far from the screen? */
const farFlags = (page: Page) => blocks(page).evaluateAll((nodes) => nodes.map((node) => node.hasAttribute('data-far')));

/** The block at a third of the visible article's height (the end of the article stops halfway up), and whether the browser rendered its text. */
const blockOnScreen = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector('.editor-main')!.getBoundingClientRect();
    const third = scroller.top + scroller.height / 3;
    const content = document.querySelector('.article-content')!;
    const block = [...content.children].find((child) => child.getBoundingClientRect().bottom >= third);
    if (!(block instanceof HTMLElement)) throw new Error('no block on screen');
    return { far: block.hasAttribute('data-far'), rendered: block.innerText.trim().length > 0 };
  });

const scrollTo = async (page: Page, fraction: number) => {
  await page.evaluate((at) => {
    const scroller = document.querySelector('.editor-main')!;
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * at;
  }, fraction);
  await frames(page);
};

describe('a long article, end to end in Chromium', () => {
  // Its own data folder: the long draft stays out of the shared library other specs show.
  const tab = useMidadTab({ ownHost: true });

  beforeAll(async () => {
    const id = await createDraft(tab.page, longArticle());
    await tab.page.evaluate((draftId) => (location.hash = `#/draft/${encodeURIComponent(draftId)}`), id);
    await editorText(tab.page).waitFor();
    await frames(tab.page);
  });

  it('renders the blocks near the screen only, and those scrolled to at once', async () => {
    const { page } = tab;
    const flags = await farFlags(page);
    expect(flags.length).toBeGreaterThan(200);
    // Three screens of a 1280×800 window hold a few dozen blocks; the rest are skipped.
    expect(flags.filter(Boolean).length).toBeGreaterThan(flags.length * 0.7);
    expect(flags.slice(0, 5)).toEqual([false, false, false, false, false]);

    await scrollTo(page, 0.5);
    const middle = await blockOnScreen(page);
    expect(middle).toMatchObject({ far: false, rendered: true });
    const after = await farFlags(page);
    expect(after.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(after.at(-1)).toBe(true);

    await scrollTo(page, 1);
    expect(await blockOnScreen(page)).toMatchObject({ far: false, rendered: true });
  });

  it('keeps the block the selection starts in while scrolling away, and edits across the far blocks between', async () => {
    const { page } = tab;
    await scrollTo(page, 0);
    const startText = (await blocks(page).nth(4).textContent())!;
    const count = await blocks(page).count();
    await placeCaretIn(blocks(page).nth(4));

    await scrollTo(page, 1);
    expect((await farFlags(page))[4]).toBe(false);
    await blocks(page).last().click({ modifiers: ['Shift'], position: { x: 5, y: 5 } });
    await page.keyboard.type('نهاية');

    // The selection ran from the clicked point in the fifth block into the last one: one block is left of the six.
    await frames(page);
    expect(await blocks(page).count()).toBe(5);
    const merged = (await blocks(page).nth(4).textContent())!;
    const [before, after] = merged.split('نهاية') as [string, string];
    expect(startText.startsWith(before)).toBe(true);
    expect(LAST_PARAGRAPH.endsWith(after)).toBe(true);
    // Undo takes back the typing, then the deletion.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await frames(page);
    expect(await blocks(page).count()).toBe(count);
    expect(await blocks(page).nth(4).textContent()).toBe(startText);
  });

  it('jumps to the end and the start of the article with Ctrl+End and Ctrl+Home', async () => {
    const { page } = tab;
    await scrollTo(page, 0);
    await placeCaretIn(blocks(page).nth(4));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' اليوم');
    await frames(page);
    expect(await blocks(page).last().textContent()).toBe(`${LAST_PARAGRAPH} اليوم`);
    expect(await blockOnScreen(page)).toMatchObject({ far: false, rendered: true });

    await page.keyboard.press('Control+Home');
    await page.keyboard.type('عاجل: ');
    await frames(page);
    expect(await blocks(page).first().textContent()).toMatch(/^عاجل: /);
    await waitForSaved(page);
  });

  it('finds a word in a far block and brings it on screen', async () => {
    const { page } = tab;
    await scrollTo(page, 0);
    await placeCaretIn(blocks(page).nth(4));
    await page.keyboard.press('Control+KeyF');
    const bar = page.getByRole('search', { name: 'البحث والاستبدال' });
    await bar.getByRole('searchbox', { name: 'ابحث في المقال' }).fill(LAST_WORD);
    await bar.getByRole('status').filter({ hasText: '1 من 1' }).waitFor();
    await frames(page);
    const found = await page.evaluate(() => {
      const range = [...CSS.highlights.get('midad-find-current')!][0] as Range;
      const box = range.getBoundingClientRect();
      const scroller = document.querySelector('.editor-main')!.getBoundingClientRect();
      const block = range.startContainer.parentElement!.closest('.article-content > *')!;
      return { onScreen: box.top >= scroller.top && box.bottom <= scroller.bottom, far: block.hasAttribute('data-far') };
    });
    expect(found).toEqual({ onScreen: true, far: false });
    await page.keyboard.press('Escape');
  });

  it('takes the user to a comment far down the article from the comments panel', async () => {
    const { page } = tab;
    await page.evaluate(() => window.midad!.settings.set({ key: 'userName', value: 'سارة المحررة' }));
    await placeCaretIn(blocks(page).nth(4));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+Alt+KeyM');
    const composer = page.getByRole('dialog', { name: 'تعليق جديد' });
    await composer.getByRole('textbox', { name: 'التعليق' }).fill('ما مصدر الأسعار؟');
    await composer.getByRole('button', { name: 'تعليق', exact: true }).click();
    await composer.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+Home');
    await scrollTo(page, 0);
    expect((await farFlags(page)).at(-1)).toBe(true);
    const panel = page.getByRole('complementary', { name: 'التعليقات' });
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'التعليقات', exact: true }).click();
    await panel.getByRole('button', { name: 'إظهار في النص' }).click();
    await frames(page);
    const mark = await editorText(page)
      .locator('mark')
      .evaluate((element) => {
        const box = element.getBoundingClientRect();
        const view = document.querySelector('.editor-main')!.getBoundingClientRect();
        return { onScreen: box.top >= view.top && box.bottom <= view.bottom, rendered: (element as HTMLElement).innerText.length > 0 };
      });
    expect(mark).toEqual({ onScreen: true, rendered: true });
  });

  it('renders every block for screen readers when asked to', async () => {
    const { page } = tab;
    await page.evaluate(() => window.midad!.settings.set({ key: 'screenReader', value: true }));
    await frames(page);
    expect((await farFlags(page)).some(Boolean)).toBe(false);
    await page.evaluate(() => window.midad!.settings.set({ key: 'screenReader', value: false }));
    await frames(page);
    expect((await farFlags(page)).filter(Boolean).length).toBeGreaterThan(100);
    expect(tab.errors).toEqual([]);
  });
});
