import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { screenshot } from './support/screenshots';
import { waitForSaved } from './support/editorPage';

const HEADLINE = 'إجراءات أمنية جديدة بعد تفكيك خلية في الرباط';
// Starts with a Latin name and holds numbers: the paragraph must stay right-to-left.
const BODY = 'UB40 فرقة غنائية زارت المغرب سنة 2021، وقال John Smith إن الحفل بدأ على الساعة 13:05';
const LATER = ' وهذه جملة ستُلغى بالاستعادة';

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });

async function textOf(page: Page): Promise<string> {
  return (await articleText(editorText(page))).replace(/\s+/g, ' ');
}

describe('foundation, end to end in Chromium', () => {
  const tab = useMidadTab();



  it('takes the token out of the address bar', async () => {
    expect(tab.page.url()).not.toContain('token');
    await tab.page.getByRole('heading', { name: 'المكتبة' }).waitFor();
  });

  it('creates a draft, types Arabic with a Latin name and numbers, and saves it', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'مسودة جديدة' }).click();
    await editorText(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(HEADLINE);
    // Enter moves from the headline through the (empty) kicker and lead into the body.
    for (let step = 0; step < 3; step++) await page.keyboard.press('Enter');
    await page.keyboard.type(BODY);
    await waitForSaved(page);

    const blocks = editorText(page).locator(':scope > *');
    expect(await blocks.evaluateAll((nodes) => nodes.map((node) => [node.tagName, node.getAttribute('dir')]))).toEqual([
      ['H1', 'rtl'],
      ['P', 'rtl'],
      ['P', 'rtl'],
      ['P', 'rtl'],
    ]);
    expect(await editorText(page).getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'editor');
  });

  it('finds the draft after a reload by a word typed with another alef form, with its content intact', async () => {
    const { page } = tab;
    await page.reload();
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    await page.getByRole('cell', { name: HEADLINE, exact: true }).waitFor();
    await screenshot(page, 'library');

    await page.getByRole('searchbox', { name: 'ابحث في المسودات' }).fill('اجراءات');
    const results = page.getByRole('region', { name: 'نتائج البحث' });
    const hit = results.getByRole('button', { name: HEADLINE });
    await hit.waitFor();
    expect(await results.locator('mark').first().innerText()).toBe('إجراءات');
    await screenshot(page, 'search');
    await hit.click();

    await editorText(page).waitFor();
    await page.waitForFunction((expected) => document.querySelector('[role=textbox] > p:last-child')?.textContent === expected, BODY);
    expect(await textOf(page)).toBe(`${HEADLINE} ${BODY}`);
  });

  it('restores an earlier revision', async () => {
    const { page } = tab;
    await editorText(page).click();
    await page.keyboard.press('Control+S');
    await waitForSaved(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(LATER);
    await waitForSaved(page);
    expect(await textOf(page)).toContain(LATER.trim());

    await page.getByRole('button', { name: 'المراجعات' }).click();
    const panel = page.getByRole('complementary', { name: 'المراجعات' });
    await panel.getByRole('button', { name: /نقطة حفظ/ }).first().click();
    await panel.getByRole('textbox', { name: 'نص المراجعة' }).waitFor();
    await screenshot(page, 'revisions');
    await panel.getByRole('button', { name: 'استعادة هذه المراجعة' }).click();

    await page.waitForFunction((expected) => document.querySelector('[role=textbox] > p:last-child')?.textContent === expected, BODY);
    expect(await textOf(page)).toBe(`${HEADLINE} ${BODY}`);
  });

  it('deletes the draft to the trash and restores it', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
    await page.getByRole('button', { name: `انقل «${HEADLINE}» إلى سلة المحذوفات` }).click();
    await page.getByRole('cell', { name: HEADLINE, exact: true }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'سلة المحذوفات', exact: true }).click();
    const trash = page.getByRole('region', { name: 'سلة المحذوفات' });
    await trash.getByRole('button', { name: `استعد «${HEADLINE}»` }).click();
    await trash.getByText(HEADLINE).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'سلة المحذوفات', exact: true }).click();
    await page.getByRole('cell', { name: HEADLINE, exact: true }).waitFor();
    expect(tab.errors).toEqual([]);
  });
});
