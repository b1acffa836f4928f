import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { SerializedNodeShape } from '../../model/document';
import type { ImportedArticle } from '../../model/importedArticle';
import { blockIdOf } from '../blockIdFormat';
import { documentText } from '../documentText';
import { createArticleEditor } from '../headless';
import { htmlToImportedArticle, type HtmlWindow } from './htmlToImportedArticle';
import { importedArticleToDocument } from './importedArticleToDocument';

const article: ImportedArticle = {
  language: 'ar',
  headline: 'واخا ما كاين بوناني.. حرب المغرب على الإرهاب مستمرة',
  kicker: '',
  lead: 'تواصل المصالح الأمنية سياستها الاستباقية.',
  fields: { breaking: true },
  blocks: [
    {
      kind: 'paragraph',
      runs: [
        { text: 'ترفع المصالح الأمنية من درجة التأهب', quote: { kind: 'speech', attribution: { sourceId: 'hafidi-00001', channel: 'to_us' } } },
        { text: '، أوضح ' },
        { text: 'الحافيظي', bold: true },
        { text: ' لموقع ' },
        { text: 'كيفاش', quote: { kind: 'term', attribution: {} } },
        { text: ' ' },
        { text: 'هنا', link: 'javascript:alert(1)' },
        { text: 'سطر\nثان', link: 'https://example.ma' },
      ],
    },
    { kind: 'intertitle', level: 2, text: 'البوناني.. تأهب أمني' },
    { kind: 'pullquote', runs: [{ text: 'نص مقتبس' }], attribution: { sourceId: 'hafidi-00001' } },
    { kind: 'list', ordered: true, items: [[{ text: 'أول' }], [{ text: 'ثان', italic: true }]] },
    { kind: 'image', src: 'https://example.ma/a.jpg', caption: 'وصف', credit: 'كيفاش', alt: 'صورة' },
    { kind: 'embed', url: 'https://x.com/a/status/1' },
    { kind: 'separator' },
  ],
  sources: [],
  warnings: [],
};

const children = (node: SerializedNodeShape | undefined) => node?.children ?? [];

describe('importedArticleToDocument', () => {
  const document = importedArticleToDocument(article, 'ar');
  const blocks = document.root.children;

  it('builds the fixed top, then the body, every block RTL with a unique id', () => {
    expect(blocks.map((block) => block.type)).toEqual([
      'midad-headline', 'midad-kicker', 'midad-lead', 'paragraph', 'heading', 'midad-pullquote', 'list', 'midad-image', 'midad-embed', 'midad-separator',
    ]);
    expect(document.root).toMatchObject({ direction: 'rtl' });
    for (const block of blocks.slice(0, 7)) expect(block.direction).toBe('rtl');
    const ids = blocks.map(blockIdOf);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(documentText(document)).toMatchObject({ headline: article.headline, lead: article.lead });
  });

  it('makes quotes midad-quote nodes with their attribution, keeps formatting and safe links only', () => {
    const inline = children(blocks[3]);
    expect(inline[0]).toMatchObject({ type: 'midad-quote', quoteKind: 'speech', attribution: { sourceId: 'hafidi-00001', channel: 'to_us' } });
    expect(inline[2]).toMatchObject({ type: 'text', text: 'الحافيظي', format: 1 });
    expect(inline[4]).toMatchObject({ type: 'midad-quote', quoteKind: 'term' });
    expect(inline.filter((node) => node.type === 'link')).toHaveLength(1);
    const link = inline.find((node) => node.type === 'link');
    expect(link).toMatchObject({ url: 'https://example.ma/' });
    expect(children(link).map((node) => node.type)).toEqual(['text', 'linebreak', 'text']);
    expect(blocks[4]).toMatchObject({ tag: 'h2' });
    expect(blocks[5]).toMatchObject({ attribution: { sourceId: 'hafidi-00001' } });
    expect(blocks[6]).toMatchObject({ listType: 'number' });
    expect(blocks[7]).toMatchObject({ src: 'https://example.ma/a.jpg', caption: 'وصف', credit: 'كيفاش', alt: 'صورة' });
  });

  it('loads into an editor unchanged, and carries clipboard HTML all the way to a document', () => {
    const editor = createArticleEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
    expect(editor.getEditorState().toJSON()).toEqual(document);
    const fromHtml = importedArticleToDocument(
      htmlToImportedArticle('<h1>عنوان</h1><p>نص <b>عريض</b></p><ul><li>بند</li></ul>', { window: new Window() as unknown as HtmlWindow }),
    );
    expect(fromHtml.root.children.map((block) => block.type)).toEqual(['midad-headline', 'midad-kicker', 'midad-lead', 'paragraph', 'list']);
  });
});
