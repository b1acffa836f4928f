import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openMidad, type MidadPage } from './support/browser';
import { waitForSaved } from './support/editorPage';
import { screenshot } from './support/screenshots';

const HEADLINE = 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة';
const MINISTRY = 'وزارة الخارجية الأمريكية';
const HAFIDI = 'إحسان الحافيظي';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const popover = (page: Page) => page.getByRole('dialog', { name: 'مصدر الاقتباس' });

/** Every quote node in the editor: kind, source id and text (the marks are drawn, so not in the text). */
async function quotesInEditor(page: Page) {
  return editorText(page)
    .locator('q[data-midad-quote], blockquote')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({
        tag: node.tagName,
        kind: node.getAttribute('data-midad-quote'),
        sourceId: node.getAttribute('data-source-id'),
        text: node.textContent,
      })),
    );
}

describe('attributed quotes, end to end in Chromium', () => {
  let browser: Browser;
  let tab: MidadPage;
  let ministryId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openMidad(browser, inject('midadUrl'));
    // The source "from the directory": there before the story is written.
    ministryId = await tab.page.evaluate(
      async (name) => (await window.midad!.sources.create({ name, kind: 'organisation', title: '', organisation: '', aliases: ['واشنطن'], anonymous: false })).id,
      MINISTRY,
    );
    await tab.page.getByRole('button', { name: 'مسودة جديدة' }).click();
    await editorText(tab.page).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('writes a story with two intertitles, three quotes from two sources and a pull quote', async () => {
    const { page } = tab;
    await editorText(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEADLINE);
    await editorText(page).locator(':scope > p').last().click();

    // A new source, suggested by the sentence and created in the popover; “كيفاش” is a term and asks nothing.
    await page.keyboard.type(`أوضح ${HAFIDI}، الباحث في الشؤون الأمنية، لموقع "كيفاش"، أن "التأهب الأمني بروتوكول معمول به في كافة الدول"`);
    await popover(page).waitFor();
    expect(await popover(page).getByRole('combobox', { name: 'ابحث عن مصدر' }).inputValue()).toBe(HAFIDI);
    await popover(page).getByRole('option', { name: `مصدر جديد: ${HAFIDI}` }).click();
    const create = page.getByRole('dialog', { name: 'مصدر جديد' });
    expect(await create.getByRole('textbox', { name: 'الصفة' }).inputValue()).toBe('الباحث في الشؤون الأمنية');
    await create.getByRole('button', { name: 'إنشاء المصدر' }).click();
    await popover(page).getByRole('status').filter({ hasText: `المصدر: ${HAFIDI}` }).waitFor();
    await popover(page).getByRole('button', { name: 'حفظ المصدر' }).click();
    await popover(page).waitFor({ state: 'detached' });

    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## البوناني.. تأهب أمني');
    await page.keyboard.press('Enter');
    // The same speaker by surname: the directory entry just created is picked by itself.
    await page.keyboard.type('وأبرز الحافيظي أن "هذا رقم يعكس حجم الجهود الأمنية ومنسوب الخطر الدائم"');
    await popover(page).getByRole('status').filter({ hasText: `المصدر: ${HAFIDI}` }).waitFor();
    await popover(page).getByRole('button', { name: 'حفظ المصدر' }).click();
    await popover(page).waitFor({ state: 'detached' });

    await page.keyboard.press('Enter');
    await page.keyboard.type('## إشادة دولية');
    await page.keyboard.press('Enter');
    // A source picked from the directory with the keyboard.
    await page.keyboard.type('ونوهت الوزارة في تقريرها السنوي، مؤكدة أن "الولايات المتحدة والمغرب يجمعهما تعاون قوي وطويل الأمد"');
    await popover(page).waitFor();
    const search = popover(page).getByRole('combobox', { name: 'ابحث عن مصدر' });
    await search.fill('الخارجيه');
    await popover(page).getByRole('option', { name: MINISTRY }).waitFor();
    await search.press('Enter');
    await popover(page).getByRole('combobox', { name: 'كيف حصلنا عليه' }).selectOption('report');
    await popover(page).getByRole('button', { name: 'حفظ المصدر' }).click();
    await popover(page).waitFor({ state: 'detached' });

    // A pull quote (Ctrl+Alt+Q), attributed through the same popover (Ctrl+Shift+Q inside it).
    await page.keyboard.press('Enter');
    await page.keyboard.type('المقاربة الأمنية أبانت عن نجاعة كبيرة');
    await page.keyboard.press('Control+Alt+KeyQ');
    await page.keyboard.press('Control+Shift+KeyQ');
    await popover(page).waitFor();
    await popover(page).getByRole('combobox', { name: 'ابحث عن مصدر' }).fill('الحافيظي');
    await popover(page).getByRole('option', { name: new RegExp(HAFIDI) }).click();
    await popover(page).getByRole('button', { name: 'حفظ المصدر' }).click();
    await popover(page).waitFor({ state: 'detached' });
    await waitForSaved(page);

    const quotes = await quotesInEditor(page);
    const hafidiId = quotes[1]!.sourceId;
    expect(hafidiId).toBeTruthy();
    expect(quotes).toEqual([
      { tag: 'Q', kind: 'term', sourceId: null, text: 'كيفاش' },
      { tag: 'Q', kind: 'speech', sourceId: hafidiId, text: 'التأهب الأمني بروتوكول معمول به في كافة الدول' },
      { tag: 'Q', kind: 'speech', sourceId: hafidiId, text: 'هذا رقم يعكس حجم الجهود الأمنية ومنسوب الخطر الدائم' },
      { tag: 'Q', kind: 'speech', sourceId: ministryId, text: 'الولايات المتحدة والمغرب يجمعهما تعاون قوي وطويل الأمد' },
      { tag: 'BLOCKQUOTE', kind: null, sourceId: hafidiId, text: 'المقاربة الأمنية أبانت عن نجاعة كبيرة' },
    ]);
    expect(await editorText(page).locator('h2').allTextContents()).toEqual(['البوناني.. تأهب أمني', 'إشادة دولية']);
    // The marks are drawn from the house style, on both sides of the quote.
    const marks = await editorText(page)
      .locator('q[data-midad-quote="speech"]')
      .first()
      .evaluate((node) => [getComputedStyle(node, '::before').content, getComputedStyle(node, '::after').content, getComputedStyle(node).quotes]);
    expect(marks).toEqual(['open-quote', 'close-quote', '"“" "”" "‘" "’"']);

    await page.getByRole('button', { name: 'المصادر' }).click();
    const panel = page.getByRole('complementary', { name: 'المصادر' });
    await panel.getByRole('heading', { name: HAFIDI }).waitFor();
    await panel.getByRole('heading', { name: MINISTRY }).waitFor();
    expect(await panel.getByText('الاقتباسات: 3').count()).toBe(1);
    await screenshot(page, 'quotes');

    await panel.getByRole('button', { name: /اذهب إلى الاقتباس: الولايات المتحدة/ }).click();
    expect(await page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('q')?.textContent)).toContain('الولايات المتحدة');
  });

  it('keeps the quotes and their sources after a reload, and the directory shows them with the titles used', async () => {
    const { page } = tab;
    const before = await quotesInEditor(page);
    await page.reload();
    await editorText(page).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role=textbox] q').length === 4);
    expect(await quotesInEditor(page)).toEqual(before);
    expect(await editorText(page).locator('.quote-unsourced').count()).toBe(0);

    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    await page.getByRole('heading', { name: 'المكتبة' }).waitFor();
    await page.getByRole('button', { name: 'المصادر', exact: true }).click();
    await page.getByRole('heading', { name: 'دليل المصادر' }).waitFor();
    await page.getByRole('button', { name: new RegExp(HAFIDI) }).click();
    const detail = page.getByRole('region', { name: `اقتباسات ${HAFIDI}` });
    await detail.getByText('التأهب الأمني بروتوكول').waitFor();
    expect(await detail.getByRole('button', { name: `في: ${HEADLINE}` }).count()).toBeGreaterThanOrEqual(2);
    expect(tab.errors).toEqual([]);
  });
});
