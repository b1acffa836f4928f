import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { Window } from 'happy-dom';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { defaultArticleFields, type ArticleFields } from '../../model/article';
import type { ArticleDocument } from '../../model/document';
import type { Draft } from '../../model/draft';
import { defaultSettings } from '../../model/settings';
import type { Source } from '../../model/source';
import {
  $createEmbedNode,
  $createHeadlineNode,
  $createImageNode,
  $createKickerNode,
  $createLeadNode,
  $createPullQuoteNode,
  $createQuoteNode,
  $createSeparatorNode,
} from '../nodes';
import { editorWith } from '../testing/nodeHarness';
import { renderArticleHtml } from './articleHtml';

const sources: Source[] = [
  { id: 'hafidi-00001', kind: 'person', name: 'إحسان الحافيظي', title: 'الباحث في الشؤون الأمنية', organisation: '', aliases: [], anonymous: false },
  {
    id: 'anon-src-001',
    kind: 'person',
    name: 'مصدر أمني',
    title: 'ضابط في المديرية',
    organisation: '',
    aliases: [],
    anonymous: true,
    confidentialIdentity: 'عبد السري الحقيقي',
  },
];

function articleDocument(headline: string, quote = 'ترفع المصالح الأمنية من درجة التأهب'): ArticleDocument {
  const editor = editorWith(() => {
    const rtl = <T extends { setDirection(direction: 'rtl'): T }>(node: T) => node.setDirection('rtl');
    $getRoot().append(
      rtl($createHeadlineNode()).append($createTextNode(headline)),
      rtl($createKickerNode()).append($createTextNode('واخا ما كاين بوناني')),
      rtl($createLeadNode()).append($createTextNode('تواصل المصالح الأمنية سياستها الاستباقية.')),
      rtl($createParagraphNode()).append(
        $createTextNode('أوضح الحافيظي أن '),
        $createQuoteNode('speech', { sourceId: 'hafidi-00001', channel: 'to_us' }).append($createTextNode(quote)),
        $createTextNode('، لموقع '),
        $createQuoteNode('term').append($createTextNode('كيفاش')),
      ),
      rtl($createHeadingNode('h2')).append($createTextNode('البوناني.. تأهب أمني')),
      rtl($createParagraphNode()).append(
        $createTextNode('وقال '),
        $createQuoteNode('speech', { sourceId: 'anon-src-001' }).append($createTextNode('الوضع تحت السيطرة')),
        $createTextNode(' حسب '),
        $createLinkNode('https://example.ma/report').append($createTextNode('التقرير')),
      ),
      $createImageNode({ assetId: 'photo-1', caption: 'عناصر أمنية', credit: 'تصوير: كيفاش', alt: 'عناصر' }),
      rtl($createPullQuoteNode({ sourceId: 'hafidi-00001' })).append($createTextNode('المقاربة الأمنية أبانت عن نجاعة كبيرة')),
      $createSeparatorNode(),
      rtl($createListNode('bullet')).append($createListItemNode().append($createTextNode('بند أول'))),
      $createEmbedNode('https://www.youtube.com/watch?v=abc'),
    );
  });
  return editor.getEditorState().toJSON() as unknown as ArticleDocument;
}

function draft(document: ArticleDocument, fields: Partial<ArticleFields> = {}): Draft {
  return {
    meta: {
      id: '0kxfxrgg1-z4hqz0ag',
      language: 'ar',
      status: 'draft',
      authors: ['x'],
      createdAt: '2021-12-21T10:00:00.000Z',
      updatedAt: '2021-12-21T13:00:00.000Z',
      headline: 'x',
      wordCount: 0,
      revisionId: '0kxfxsqqo-qbokwdoh',
    },
    document,
    fields: {
      ...defaultArticleFields,
      breaking: true,
      mediaTags: ['photos'],
      authors: ['سلمى بنعلي', 'يوسف العلوي'],
      outlet: 'كيفاش',
      publishedAt: '2021-12-21T12:05:00.000Z',
      place: 'الرباط',
      section: 'أمن',
      related: [{ title: 'مصر.. حاتم عمور في ضيافة السفير المغربي', url: 'https://example.ma/a' }],
      featuredImage: 'photo-1',
      ...fields,
    },
    sources,
    comments: [],
  };
}

function render(input: Draft, standalone = true): { html: string; page: Document } {
  const window = new Window();
  const html = renderArticleHtml({
    draft: input,
    settings: defaultSettings,
    assets: (id) => (id === 'photo-1' ? 'https://cdn.example.ma/photo-1.jpg' : undefined),
    standalone,
    fontsCss: '@font-face{font-family:"Noto Naskh Arabic"}',
    document: window.document as unknown as Document,
  });
  const page = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { html, page };
}

const text = (page: Document, selector: string) => page.querySelector(selector)?.textContent ?? null;

describe('renderArticleHtml', () => {
  const { html, page } = render(draft(articleDocument('حرب المغرب على الإرهاب مستمرة')));

  it('lays out the RTL news page: related, breaking badge, date line, kicker, headline with media tag, lead, byline', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(page.documentElement.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('style')?.textContent).toContain('@font-face');
    const header = [...page.querySelectorAll('article > header > *')].map((node) => node.className || node.tagName.toLowerCase());
    expect(header).toEqual(['breaking', 'dateline', 'kicker', 'h1', 'lead', 'byline']);
    expect(text(page, '.breaking')).toBe('عاجل');
    expect(text(page, '.dateline')).toBe('الثلاثاء 21 ديسمبر 2021 على الساعة 13:05');
    expect(text(page, 'h1')).toBe('حرب المغرب على الإرهاب مستمرة (صور)');
    expect(text(page, '.byline')).toBe('سلمى بنعلي ويوسف العلوي — كيفاش');
    expect(page.querySelector('nav.related a')?.getAttribute('href')).toBe('https://example.ma/a');
  });

  it('renders the body: place dateline, intertitle, attributed inline quotes, pictures, pull quote with cite, separator, list, embed link', () => {
    const body = page.querySelector('.article-body')!;
    expect([...body.children].map((node) => node.tagName.toLowerCase())).toEqual([
      'p', 'h2', 'p', 'figure', 'blockquote', 'hr', 'ul', 'figure',
    ]);
    expect(body.querySelector('p')?.textContent?.startsWith('الرباط – أوضح الحافيظي')).toBe(true);
    const quote = body.querySelector('q[data-source-id="hafidi-00001"]')!;
    expect(quote.getAttribute('title')).toBe('إحسان الحافيظي، الباحث في الشؤون الأمنية');
    expect(quote.getAttribute('data-speaker')).toBe('إحسان الحافيظي');
    expect(body.querySelector('q[data-midad-quote="term"]')?.hasAttribute('title')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example.ma/photo-1.jpg');
    expect(text(page, 'figcaption')).toBe('عناصر أمنية تصوير: كيفاش');
    expect(text(page, 'blockquote cite')).toBe('إحسان الحافيظي، الباحث في الشؤون الأمنية');
    expect(body.querySelector('figure[data-midad-embed="youtube"] a')?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc');
    expect(html).not.toContain('white-space: pre-wrap');
  });

  it('describes the article as schema.org NewsArticle with zoned dates', () => {
    const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'حرب المغرب على الإرهاب مستمرة',
      description: 'تواصل المصالح الأمنية سياستها الاستباقية.',
      datePublished: '2021-12-21T13:05:00+01:00',
      dateModified: '2021-12-21T14:00:00+01:00',
      inLanguage: 'ar',
      author: [{ '@type': 'Person', name: 'سلمى بنعلي' }, { '@type': 'Person', name: 'يوسف العلوي' }],
      publisher: { '@type': 'Organization', name: 'كيفاش' },
      image: ['https://cdn.example.ma/photo-1.jpg'],
      dateline: 'الرباط',
    });
  });

  it('never shows an anonymous source\'s confidential identity or private title', () => {
    expect(html).not.toContain('عبد السري الحقيقي');
    expect(html).not.toContain('ضابط في المديرية');
    expect(page.querySelector('q[data-source-id="anon-src-001"]')?.getAttribute('title')).toBe('مصدر أمني');
  });

  it('escapes everything that came from the user: headline, quote, fields', () => {
    const hostile = '<script>alert("x")</script> & "quoted" </script><!--';
    const { html: out, page: parsed } = render(
      draft(articleDocument(hostile, '<img src=x onerror=alert(1)> & "q"'), {
        outlet: '<b onmouseover="x">Outlet</b>',
        related: [{ title: '"><script>alert(2)</script>' }],
      }),
    );
    expect(parsed.querySelectorAll('script')).toHaveLength(1);
    expect(parsed.querySelectorAll('img')).toHaveLength(1);
    expect(parsed.querySelector('[onerror], [onmouseover]')).toBeNull();
    expect(text(parsed, 'h1')).toBe(`${hostile} (صور)`);
    expect(text(parsed, 'title')).toBe(hostile);
    expect(text(parsed, 'q[data-source-id="hafidi-00001"]')).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(text(parsed, '.outlet')).toBe('<b onmouseover="x">Outlet</b>');
    expect(JSON.parse(parsed.querySelector('script')!.textContent!).headline).toBe(hostile);
    expect(out).not.toContain('<script>alert');
  });

  it('embeds the article alone when not standalone, and labels a French article in French', () => {
    const fr = draft(articleDocument('Le Maroc poursuit sa guerre'), { mediaTags: ['video'] });
    fr.meta = { ...fr.meta, language: 'fr' };
    const { html: fragment, page: parsed } = render(fr, false);
    expect(fragment.startsWith('<article')).toBe(true);
    expect(parsed.querySelector('article')?.getAttribute('dir')).toBe('ltr');
    expect(text(parsed, '.breaking')).toBe('Urgent');
    expect(text(parsed, 'h1')).toBe('Le Maroc poursuit sa guerre (Vidéo)');
    expect(text(parsed, '.dateline')).toBe('mardi 21 décembre 2021 à 13h05');
  });
});
