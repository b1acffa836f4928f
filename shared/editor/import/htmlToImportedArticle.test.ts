import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { importedArticleSchema } from '../../model/importedArticle';
import { htmlToImportedArticle, type HtmlWindow } from './htmlToImportedArticle';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const read = (html: string) => htmlToImportedArticle(html, { window: new Window() as unknown as HtmlWindow });

describe('htmlToImportedArticle', () => {
  it("reads Word's clipboard HTML: headline, formatting, link, intertitle, mso-list paragraphs as lists, no markers or comments", () => {
    const article = read(fixture('word-clipboard.html'));
    expect(importedArticleSchema.safeParse(article).success).toBe(true);
    expect(article.language).toBe('ar');
    expect(article.headline).toBe('واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'intertitle', 'list', 'list', 'paragraph']);
    const [first, intertitle, bullets, numbers, last] = article.blocks;
    expect(first).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'تواصل المصالح الأمنية سياستها ' },
        { text: 'الاستباقية', bold: true },
        { text: ' في إجهاض الخلايا، حسب ' },
        { text: 'تقرير', italic: true },
        { text: ' ' },
        { text: 'الخارجية', link: 'https://example.ma/report' },
        { text: '.' },
      ],
    });
    expect(intertitle).toEqual({ kind: 'intertitle', level: 2, text: 'البوناني.. تأهب أمني' });
    expect(bullets).toEqual({ kind: 'list', ordered: false, items: [[{ text: 'توقيف 360 شخصا' }], [{ text: 'تفكيك سبع خلايا' }]] });
    expect(numbers).toEqual({ kind: 'list', ordered: true, items: [[{ text: 'الوقاية' }], [{ text: 'الاستباق' }]] });
    expect(last).toEqual({ kind: 'paragraph', runs: [{ text: 'خلاصة', underline: true }, { text: ' الخبير' }] });
    expect(JSON.stringify(article)).not.toMatch(/·|mso|supportLists|OfficeDocumentSettings|MsoNormal/);
  });

  it("reads Google Docs' clipboard HTML: the docs-internal-guid <b> wrapper is not bold, styled spans are", () => {
    const article = read(fixture('gdocs-clipboard.html'));
    expect(article.headline).toBe('حرب المغرب على الإرهاب');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'intertitle', 'list', 'image']);
    expect(article.blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'أوضح الحافيظي أن ' },
        { text: 'التأهب الأمني', bold: true },
        { text: ' بروتوكول', italic: true },
        { text: ' معمول به', underline: true },
        { text: 'هنا', underline: true, link: 'https://www.hespress.com/x' },
      ],
    });
    expect(article.blocks[2]).toEqual({ kind: 'list', ordered: false, items: [[{ text: 'تعاون قوي' }], [{ text: 'سياسات لمكافحة التطرف' }]] });
    expect(article.blocks[3]).toMatchObject({ kind: 'image', src: 'https://lh7-us.googleusercontent.com/docsz/AD_4nXabc' });
  });

  it('keeps the headline once when a page repeats it, and reads figures, blockquotes and separators', () => {
    const article = read(`<html lang="ar"><body><header><h1>عنوان الخبر</h1></header><article><h1>عنوان الخبر</h1>
      <p>فقرة أولى</p><blockquote><p>سطر أول</p><p>سطر ثان</p><cite>الحافيظي</cite></blockquote><hr>
      <figure><img src="https://example.ma/a.jpg" alt="صورة"><figcaption>عناصر أمنية</figcaption></figure>
      <h3>عنوان فرعي</h3><h1>عنوان آخر</h1></article></body></html>`);
    expect(article.headline).toBe('عنوان الخبر');
    expect(article.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'فقرة أولى' }] },
      { kind: 'pullquote', runs: [{ text: 'سطر أول' }, { text: '\n' }, { text: 'سطر ثان' }], attribution: {} },
      { kind: 'separator' },
      { kind: 'image', src: 'https://example.ma/a.jpg', alt: 'صورة', caption: 'عناصر أمنية', credit: '' },
      { kind: 'intertitle', level: 3, text: 'عنوان فرعي' },
      { kind: 'intertitle', level: 2, text: 'عنوان آخر' },
    ]);
  });

  it('lets nothing executable through: scripts, handlers, javascript: links, styles, comments, tracking pixels', () => {
    const article = read(`<p style="color:red" class="x" onclick="steal()">نص <script>alert(1)</script><a href="javascript:alert(2)">رابط</a>
      <a href="  JaVaScRiPt:alert(3)">ثان</a> <a href="mailto:desk@example.ma">بريد</a><img src="x" onerror="alert(4)"></p>
      <!-- tracking comment --><img src="https://t.example.com/pixel.gif" width="1" height="1"><iframe src="https://evil.example"></iframe>
      <img src="data:text/html;base64,PHNjcmlwdD4="><style>p{}</style><p><svg onload="alert(5)"></svg>بعد</p>`);
    expect(article.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'نص رابط ثان ' }, { text: 'بريد', link: 'mailto:desk@example.ma' }] },
      { kind: 'paragraph', runs: [{ text: 'بعد' }] },
    ]);
    expect(JSON.stringify(article)).not.toMatch(/alert|javascript|onerror|onclick|color:red|pixel|evil|tracking/i);
  });

  it('takes the language from the page, else from its words', () => {
    expect(read('<html lang="fr"><body><p>Le Maroc</p></body></html>').language).toBe('fr');
    expect(read('<p>The ministry said on Tuesday that the cell was dismantled</p>').language).toBe('en');
  });
});
