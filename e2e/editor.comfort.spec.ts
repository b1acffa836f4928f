import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { editorText, newDraft, typeHeadline, waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

const HEADLINE = 'إجراءات أمنية جديدة بعد تفكيك خلية إرهابية';
const INTERTITLE = 'إشادة دولية';

const fieldsPanel = (page: Page) => page.getByRole('complementary', { name: 'حقول المقال' });

/** The body blocks after the fixed headline, kicker and lead: tag, direction, text. */
async function blocks(page: Page): Promise<Array<[string, string | null, string]>> {
  return editorText(page)
    .locator(':scope > *')
    .evaluateAll((nodes) => nodes.map((node) => [node.tagName, node.getAttribute('dir'), node.textContent ?? '']));
}

const headlineText = (page: Page) => editorText(page).locator(':scope > h1').textContent();

describe('editor comfort, end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    await newDraft(tab.page);
  });


  it('types Arabic punctuation, typographic quotes and a markdown intertitle, with Latin and numbers kept RTL', async () => {
    const { page } = tab;
    await typeHeadline(page, HEADLINE);
    await page.keyboard.type('قال الحافيظي, لموقع "كيفاش" إن الإجراءات بلغت 1,5 في المائة سنة 2021, وهل تستمر?');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`## ${INTERTITLE}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('UB40 فرقة زارت المغرب على الساعة 13:05 واعتقل 360 شخصا');
    await page.keyboard.press('Enter');

    const typed = (await blocks(page)).slice(-4);
    expect(typed.map(([tag, dir]) => [tag, dir])).toEqual([
      ['P', 'rtl'],
      ['H2', 'rtl'],
      ['P', 'rtl'],
      ['P', 'rtl'],
    ]);
    expect((await blocks(page)).every(([, dir]) => dir === 'rtl')).toBe(true);
    // The quote plugin may wrap “كيفاش” in a quote node, which draws the marks itself: compare without them.
    expect(typed[0]![2].replace(/[“”]/g, '')).toBe('قال الحافيظي، لموقع كيفاش إن الإجراءات بلغت 1,5 في المائة سنة 2021، وهل تستمر؟');
    const marks = await editorText(page)
      .locator(':scope > p')
      .filter({ hasText: 'كيفاش' })
      .evaluate((node) => {
        const quote = node.querySelector('[data-midad-quote], q, .article-quote-inline');
        const style = quote && getComputedStyle(quote, '::before').content;
        return node.textContent?.includes('“كيفاش”') ? 'typed' : style && style !== 'none' ? 'drawn' : 'none';
      });
    expect(marks).not.toBe('none');
    expect(typed[1]![2]).toBe(INTERTITLE);
    // The paragraph that starts with a Latin name is laid out right to left: it ends at the right edge.
    const edges = await editorText(page)
      .locator(':scope > p', { hasText: 'UB40' })
      .evaluate((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        const box = node.getBoundingClientRect();
        return { gapRight: box.right - text.right, gapLeft: text.left - box.left };
      });
    expect(edges.gapRight).toBeLessThan(2);
    expect(edges.gapLeft).toBeGreaterThan(20);
  });

  it('applies a shortcut to what the key just before it selected', async () => {
    const { page } = tab;
    await page.keyboard.type('خلاصة التحقيق');
    // No pause between the keys: the browser tells the page the selection changed only after it
    // has handled the next key, as it does for a fast typist or a keyboard macro.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+KeyB');
    const bold = editorText(page).locator(':scope > p').last().locator('.text-bold');
    expect(await bold.textContent({ timeout: 2_000 })).toBe('خلاصة التحقيق');
  });

  it('fills the article fields', async () => {
    const { page } = tab;
    const panel = fieldsPanel(page);
    await panel.getByRole('checkbox', { name: 'عاجل' }).check();
    await panel.getByRole('checkbox', { name: 'صور' }).check();
    await panel.getByRole('textbox', { name: 'القسم' }).fill('أمن');
    await panel.getByRole('textbox', { name: 'المكان' }).fill('الرباط');
    await panel.getByLabel('تاريخ النشر ووقته').fill('2021-12-21T13:05');
    await panel.getByText('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05').waitFor();
    const tags = panel.getByRole('textbox', { name: 'الوسوم' });
    await tags.fill('الإرهاب');
    await tags.press('Enter');
    await tags.fill('الأمن');
    await tags.press('Enter');
    await expect.poll(() => panel.getByRole('list', { name: 'الوسوم' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('الإرهاب'),
      expect.stringContaining('الأمن'),
    ]);
  });

  it('finds across alef forms and replaces all as one undo step', async () => {
    const { page } = tab;
    await editorText(page).click();
    await page.keyboard.press('Control+KeyH');
    const bar = page.getByRole('search', { name: 'البحث والاستبدال' });
    await bar.getByRole('searchbox', { name: 'ابحث في المقال' }).fill('اجراءات');
    await bar.getByRole('status').filter({ hasText: '1 من 2' }).waitFor();
    await bar.getByRole('textbox', { name: 'استبدل بـ' }).fill('تدابير');
    await bar.getByRole('button', { name: 'استبدال الكل' }).click();
    await bar.getByRole('status').filter({ hasText: 'لا نتائج' }).waitFor();
    expect(await headlineText(page)).toBe('تدابير أمنية جديدة بعد تفكيك خلية إرهابية');
    expect(await articleText(editorText(page))).toContain('إن التدابير بلغت');
    // One undo brings both back.
    await editorText(page).click();
    await page.keyboard.press('Control+KeyZ');
    expect(await headlineText(page)).toBe(HEADLINE);
    expect(await articleText(editorText(page))).toContain('إن الإجراءات بلغت');
    await page.keyboard.press('Control+Shift+KeyZ');
    expect(await headlineText(page)).toBe('تدابير أمنية جديدة بعد تفكيك خلية إرهابية');
    await bar.getByRole('searchbox', { name: 'ابحث في المقال' }).fill('التدابير');
    await bar.getByRole('status').filter({ hasText: '1 من 1' }).waitFor();
    await screenshot(page, 'editor-find');
    await bar.getByRole('button', { name: 'إغلاق' }).click();
  });

  it('keeps everything after a reload', async () => {
    const { page } = tab;
    await waitForSaved(page);
    await page.reload();
    await editorText(page).waitFor();
    await page.waitForFunction(() => document.querySelector('[role=textbox] h2') !== null);
    const reloaded = (await blocks(page)).slice(-4);
    expect(reloaded.map(([tag, dir]) => [tag, dir])).toEqual([
      ['P', 'rtl'],
      ['H2', 'rtl'],
      ['P', 'rtl'],
      ['P', 'rtl'],
    ]);
    expect(await headlineText(page)).toBe('تدابير أمنية جديدة بعد تفكيك خلية إرهابية');
    expect(reloaded[0]![2]).toContain('سنة 2021، وهل تستمر؟');
    const panel = fieldsPanel(page);
    expect(await panel.getByRole('checkbox', { name: 'عاجل' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'صور' }).isChecked()).toBe(true);
    expect(await panel.getByRole('textbox', { name: 'المكان' }).inputValue()).toBe('الرباط');
    expect(await panel.getByLabel('تاريخ النشر ووقته').inputValue()).toBe('2021-12-21T13:05');
    expect(await panel.getByRole('list', { name: 'الوسوم' }).getByRole('listitem').count()).toBe(2);
  });

  it('previews the export itself: breaking badge, media tag and date line, in a frame without scripts', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'المعاينة' }).click();
    const frameElement = page.getByTitle('معاينة المقال كما سيُنشر');
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    const frame = page.frameLocator('iframe.preview-frame');
    await frame.locator('article.midad-article').waitFor();
    expect(await frame.locator('.breaking').innerText()).toBe('عاجل');
    expect(await frame.locator('h1 .media-tag').innerText()).toBe('(صور)');
    expect(await frame.locator('.dateline').innerText()).toContain('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05');
    expect(await frame.locator('h1').innerText()).toContain('تدابير أمنية جديدة');
    expect(await frame.locator('h2').innerText()).toBe(INTERTITLE);
    expect(await frame.locator('article').getAttribute('dir')).toBe('rtl');
    // Edits reach the preview a moment after typing stops.
    await editorText(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('سطر أخير للمعاينة');
    await frame.locator('p', { hasText: 'سطر أخير للمعاينة' }).waitFor();
    await screenshot(page, 'editor-preview');
    expect(tab.errors).toEqual([]);
    await screenshot(page, 'editor-fields');
  });
});
