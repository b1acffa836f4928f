import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';

const FIXTURES = join(import.meta.dirname, '..', 'shared', 'import', 'fixtures');
const FIXTURE = 'kifache-2021-12-21-terror-cells';
const expected = JSON.parse(readFileSync(join(FIXTURES, `${FIXTURE}.expected.json`), 'utf8')) as {
  headline: string;
  leadStartsWith: string;
  intertitles: string[];
  quotes: { text: string; kind: 'speech' | 'term'; speaker?: string }[];
};

const editorText = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' });
const importPicker = (page: Page) => page.getByLabel('ملف للاستيراد (Word أو HTML أو نص)');

describe('import from the library, end to end in Chromium', () => {
  const tab = useMidadTab();



  it('refuses a PDF named .docx with the translated error, and opens nothing', async () => {
    const { page } = tab;
    await importPicker(page).setInputFiles({
      name: 'تقرير.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('لا يمكن استيراد «تقرير.docx»: ليس ملف Word (.docx) ولا صفحة HTML ولا نصا عاديا، مهما كان امتداده.');
    expect(await editorText(page).count()).toBe(0);
  });

  it('imports the fixture article and opens it with its structure and fields', async () => {
    const { page } = tab;
    await importPicker(page).setInputFiles(join(FIXTURES, `${FIXTURE}.txt`));
    const text = editorText(page);
    await text.waitFor();

    expect(await text.locator('.article-headline').allTextContents()).toEqual([expected.headline]);
    // The source repeats the headline as the page title; the draft carries it once.
    expect((await articleText(text)).split(expected.headline).length - 1).toBe(1);
    expect(await text.locator('.article-lead').textContent()).toMatch(new RegExp(`^${expected.leadStartsWith}`, 'u'));
    expect(await text.locator('h2').allTextContents()).toEqual(expected.intertitles);

    const speech = expected.quotes.filter((quote) => quote.kind === 'speech');
    const quotes = text.locator('q[data-midad-quote="speech"]');
    await quotes.first().waitFor();
    const drawn = await quotes.evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent ?? '', sourceId: node.getAttribute('data-source-id') })));
    expect(drawn.map((quote) => quote.text.slice(0, 40))).toEqual(speech.map((quote) => expect.stringMatching(new RegExp(`^${quote.text}`, 'u'))));
    for (const quote of drawn) expect(quote.sourceId).toBeTruthy();
    // Two sources only: the researcher and the State Department.
    expect(new Set(drawn.map((quote) => quote.sourceId)).size).toBe(new Set(speech.map((quote) => quote.speaker)).size);
    expect(await text.locator('.quote-unsourced').count()).toBe(0);

    const panel = page.getByRole('complementary', { name: 'حقول المقال' });
    // The panel's open state is remembered across drafts: open it only if it is closed.
    if ((await panel.count()) === 0) await page.getByRole('button', { name: 'حقول المقال' }).click();
    expect(await panel.getByRole('checkbox', { name: 'عاجل' }).isChecked()).toBe(true);
    expect(await panel.getByLabel('تاريخ النشر ووقته').inputValue()).toBe('2021-12-21T13:05');
    await panel.getByText('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05', { exact: true }).waitFor();
  });
});
