import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleText } from './support/articleText';
import { useMidadTab } from './support/browser';
import { editorText, lastParagraph, newDraft, placeCaretAtEnd, placeCaretIn } from './support/editorPage';

const fixture = (name: string) => readFileSync(`${process.cwd()}/shared/editor/import/fixtures/${name}`, 'utf8');

/** What a web page copy can carry that must never run or load from the article. */
const HOSTILE = `<p style="color:red;font-size:30px" class="evil" onclick="window.__pwned='click'">فقرة من موقع<script>window.__pwned='script'</script>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="window.__pwned='img'"> <a href="javascript:window.__pwned='link'">رابط خبيث</a>
  و<a href="https://kifache.com/x" onmouseover="window.__pwned='hover'">رابط سليم</a></p><img src="https://t.example.com/pixel.gif" width="1" height="1">`;

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';


/** Starts an empty paragraph after the last one, for a paste that must not join the text before it. */
async function newParagraph(page: Page): Promise<void> {
  await placeCaretAtEnd(lastParagraph(page));
  await page.keyboard.press('Enter');
}

/** Dispatches a real `paste` event on the editor, as the browser does for Ctrl+V, and waits for `marker` to show. */
async function paste(page: Page, clipboard: { html?: string; text: string }, marker: string): Promise<void> {
  await placeCaretAtEnd(lastParagraph(page));
  await editorText(page).evaluate((root, { html, text }) => {
    const data = new DataTransfer();
    if (html) data.setData('text/html', html);
    data.setData('text/plain', text);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
  await editorText(page).getByText(marker).first().waitFor();
}

describe('paste from Word, Google Docs and web pages, end to end in Chromium', () => {
  const tab = useMidadTab();

  beforeAll(async () => {
    await newDraft(tab.page);
  });


  it('keeps a Google Docs copy’s intertitles, bold, links and lists, the non-bold wrapper not bold', async () => {
    const { page } = tab;
    await paste(page, { html: fixture('gdocs-clipboard.html'), text: 'حرب المغرب على الإرهاب' }, 'سياسات لمكافحة التطرف');
    const editor = editorText(page);
    expect(await editor.locator(':scope > h2').allTextContents()).toEqual(expect.arrayContaining(['حرب المغرب على الإرهاب', 'إشادة دولية']));
    expect(await editor.locator(':scope > ul > li').allTextContents()).toEqual(['تعاون قوي', 'سياسات لمكافحة التطرف']);
    expect(await editor.locator('strong, b').allTextContents()).toEqual(['التأهب الأمني']);
    expect(await editor.locator('a[href="https://www.hespress.com/x"]').textContent()).toBe('هنا');
    expect(await editor.locator('[id^="docs-internal-guid"], [style*="font-size"]').count()).toBe(0);
  });

  it('reads Word’s mso-list paragraphs as lists and drops its conditional comments and styles', async () => {
    const { page } = tab;
    await paste(page, { html: fixture('word-clipboard.html'), text: 'واخا ما كاين بوناني' }, 'خلاصة');
    const editor = editorText(page);
    const bulleted = await editor.locator(':scope > ul').evaluateAll((lists) => lists.map((list) => [...list.children].map((item) => item.textContent)));
    expect(bulleted).toContainEqual(['توقيف 360 شخصا', 'تفكيك سبع خلايا']);
    expect(await editor.locator(':scope > ol > li').allTextContents()).toEqual(['الوقاية', 'الاستباق']);
    expect(await editor.locator(':scope > h2').allTextContents()).toEqual(expect.arrayContaining(['البوناني.. تأهب أمني']));
    expect(await editor.locator('a[href="https://example.ma/report"]').textContent()).toBe('الخارجية');
    expect(await articleText(editor)).not.toMatch(/supportLists|mso-|Calibri|·/);
  });

  it('lets nothing executable through: scripts, handlers, javascript: links, inline styles, tracking pixels', async () => {
    const { page } = tab;
    await paste(page, { html: HOSTILE, text: 'فقرة من موقع' }, 'رابط سليم');
    const editor = editorText(page);
    await editor.locator('a[href="https://kifache.com/x"]').waitFor();
    const found = await editor.evaluate((root) => ({
      scripts: root.querySelectorAll('script, iframe, object, embed').length,
      handlers: [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
      badLinks: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?|mailto):/.test(href)),
      styled: [...root.querySelectorAll('[style*="color"], [style*="font-size"], .evil')].length,
      pixels: root.querySelectorAll('img[src*="pixel"]').length,
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    }));
    expect(found).toEqual({ scripts: 0, handlers: [], badLinks: [], styled: 0, pixels: 0, pwned: null });
    expect(await articleText(editor)).toContain('رابط خبيث');
  });

  it('splits a plain-text paste of three paragraphs into three paragraphs, and undoes it in one step', async () => {
    const { page } = tab;
    const editor = editorText(page);
    const paragraphs = ['الفقرة الأولى من النص', 'الفقرة الثانية من النص', 'الفقرة الثالثة من النص'];
    await paste(page, { text: paragraphs.join('\n\n') }, paragraphs[2]!);
    const texts = await editor.locator(':scope > p').allTextContents();
    expect(texts.filter((text) => paragraphs.some((paragraph) => text.includes(paragraph)))).toHaveLength(3);
    expect(await editor.locator(':scope > p').last().getAttribute('dir')).toBe('rtl');
    await page.keyboard.press('Control+z');
    await expect.poll(() => articleText(editor)).not.toContain('الفقرة');
    expect(await articleText(editor)).toContain('رابط سليم');
  });

  it('links pasted speech to the directory source its sentence names, as typing does', async () => {
    const { page } = tab;
    const sourceId = await page.evaluate(
      async () =>
        (await window.midad!.sources.create({ name: 'محمد الطوزي', kind: 'person', title: 'أستاذ العلوم السياسية', organisation: '', aliases: [], anonymous: false })).id,
    );
    const said = 'الانتخابات محطة مهمة في المسار الديمقراطي';
    await newParagraph(page);
    await paste(page, { text: `وقال محمد الطوزي، أستاذ العلوم السياسية، إن "${said}".` }, said);
    const quote = editorText(page).locator('q[data-midad-quote="speech"]', { hasText: said });
    await expect.poll(() => quote.getAttribute('data-source-id')).toBe(sourceId);
    expect(await quote.evaluate((node) => node.classList.contains('quote-unsourced'))).toBe(false);
  });

  it('stores a pasted data: picture with the draft and never fetches a remote one, showing its address instead', async () => {
    const { page } = tab;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('photos.example.com')) fetched.push(request.url());
    });
    const remote = 'https://photos.example.com/rabat.jpg';
    await newParagraph(page);
    await paste(
      page,
      {
        html: `<p>صورتان من الرباط</p><figure><img src="data:image/png;base64,${PNG_1PX}" alt="الصورة الأولى"><figcaption>الأولى</figcaption></figure><figure><img src="${remote}" alt="الصورة الثانية"><figcaption>الثانية</figcaption></figure>`,
        text: 'صورتان من الرباط',
      },
      'صورتان من الرباط',
    );
    const stored = editorText(page).locator('figure:has(input[value="الأولى"]) img');
    await expect.poll(() => stored.getAttribute('src')).toMatch(/^blob:/);
    const missing = editorText(page).locator('figure', { hasText: remote });
    await missing.getByText(`صورة من الإنترنت لم تُنزَّل: ${remote}`).waitFor();
    expect(await missing.locator('img').count()).toBe(0);
    expect(fetched).toEqual([]);
  });

  it('pastes one plain line into the headline', async () => {
    const { page } = tab;
    const headline = editorText(page).locator(':scope > h1');
    await placeCaretIn(headline);
    await headline.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', '<h2>عنوان</h2><ul><li>من <b>سطرين</b></li></ul>');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => headline.textContent()).toContain('عنوان');
    expect(await headline.locator('b, strong, li, h2').count()).toBe(0);
    expect((await headline.textContent())?.trim()).toBe('عنوانمن سطرين');
  });
});
