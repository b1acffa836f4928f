import { readFileSync } from 'node:fs';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedNodeShape } from '../../../../shared/model/document';
import { createArticleEditor } from '../../../../shared/editor/headless';
import { $createHeadlineNode, $createKickerNode, $createLeadNode } from '../../../../shared/editor/nodes';
import { $pasteClipboard, type ClipboardText } from './pasteClipboard';

const fixture = (name: string) => readFileSync(`${process.cwd()}/shared/editor/import/fixtures/${name}`, 'utf8');

/** An article with an empty headline and one body paragraph holding `before`, the caret at `where`'s end. */
function editorWithCaret(where: 'headline' | 'body', before = 'قبل '): LexicalEditor {
  const editor = createArticleEditor({ structure: true });
  editor.update(
    () => {
      const headline = $createHeadlineNode();
      const body = $createParagraphNode().setDirection('rtl').append(...(before ? [$createTextNode(before)] : []));
      $getRoot().append(headline, $createKickerNode(), $createLeadNode(), body);
      (where === 'headline' ? headline : body).selectEnd();
    },
    { discrete: true },
  );
  return editor;
}

function paste(where: 'headline' | 'body', clipboard: Partial<ClipboardText>, before?: string): SerializedNodeShape[] {
  const editor = editorWithCaret(where, before);
  let handled = false;
  editor.update(() => (handled = $pasteClipboard({ html: '', text: '', ...clipboard }, { window, language: 'ar' })), { discrete: true });
  expect(handled).toBe(true);
  return (editor.getEditorState().toJSON().root.children as unknown as SerializedNodeShape[]).slice(3);
}

const text = (node: SerializedNodeShape): string =>
  node.type === 'text' ? String(node.text) : (node.children ?? []).map(text).join('');
const types = (node: SerializedNodeShape): string[] => [node.type, ...(node.children ?? []).flatMap(types)];

describe('pasting clipboard HTML and text into the article', () => {
  it('keeps a Google Docs copy’s structure, the non-bold wrapper not bold, the h1 an intertitle where it stands', () => {
    const blocks = paste('body', { html: fixture('gdocs-clipboard.html') }, '');
    expect(blocks.map((block) => [block.type, block.tag ?? block.listType ?? ''])).toEqual([
      ['heading', 'h2'],
      ['paragraph', ''],
      ['heading', 'h2'],
      ['list', 'ul'],
      ['midad-image', ''],
    ]);
    expect(text(blocks[0]!)).toBe('حرب المغرب على الإرهاب');
    const runs = blocks[1]!.children!;
    expect(runs.filter((run) => run.format === 1).map(text)).toEqual(['التأهب الأمني']);
    expect(runs.find((run) => run.type === 'link')).toMatchObject({ url: 'https://www.hespress.com/x' });
    expect(blocks.every((block) => block.direction === 'rtl' || block.type === 'midad-image')).toBe(true);
  });

  it('merges into the paragraph at the caret when the paste is one paragraph', () => {
    const blocks = paste('body', { html: '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><span>بعد</span></b>' });
    expect(blocks).toHaveLength(1);
    expect(text(blocks[0]!)).toBe('قبل بعد');
    expect(blocks[0]!.children!.every((run) => !run.format)).toBe(true);
  });

  it('reads Word’s mso-list paragraphs as lists and drops conditional comments, styles and markers', () => {
    const blocks = paste('body', { html: fixture('word-clipboard.html') }, '');
    expect(blocks.map((block) => block.tag ?? block.type)).toEqual(['h2', 'paragraph', 'h2', 'ul', 'ol', 'paragraph']);
    expect(blocks[3]!.children!.map(text)).toEqual(['توقيف 360 شخصا', 'تفكيك سبع خلايا']);
    expect(JSON.stringify(blocks)).not.toMatch(/mso|supportLists|Calibri|·/);
  });

  it('lets nothing executable through', () => {
    const blocks = paste('body', {
      html: '<p onclick="x()" style="color:red">نص <script>alert(1)</script><a href="javascript:alert(2)">رابط</a> <img src=x onerror="alert(3)"><a href="https://kifache.com">كيفاش</a></p>',
    });
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/alert|javascript|onerror|onclick|color/);
    expect(blocks.flatMap(types)).toContain('link');
    expect(blocks.map(text).join(' ')).toBe('قبل نص رابط كيفاش');
  });

  it('makes quoted speech a midad-quote node, without a source the directory does not know', () => {
    const blocks = paste('body', { html: '<p>وأوضح إحسان الحافيظي، الباحث في الشؤون الأمنية، أن “المصالح الأمنية ترفع من درجة التأهب في كل المدن”.</p>' });
    const quote = blocks[0]!.children!.find((run) => run.type === 'midad-quote');
    expect(quote).toMatchObject({ quoteKind: 'speech' });
    expect(text(quote!)).toBe('المصالح الأمنية ترفع من درجة التأهب في كل المدن');
    expect(JSON.stringify(quote)).not.toContain('sourceId');
  });

  it('splits plain text into paragraphs on line breaks and blank lines', () => {
    const blocks = paste('body', { text: 'الفقرة الأولى\n\nالفقرة الثانية\r\nالفقرة الثالثة\n' });
    expect(blocks.map(text)).toEqual(['قبل الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة']);
    expect(blocks.every((block) => block.type === 'paragraph' && block.direction === 'rtl')).toBe(true);
  });

  it('pastes one plain line into the headline, whatever the clipboard holds', () => {
    const editor = editorWithCaret('headline');
    editor.update(() => $pasteClipboard({ html: '<h1>عنوان</h1><ul><li>سطر <b>ثان</b></li></ul>', text: '' }, { window, language: 'ar' }), {
      discrete: true,
    });
    const children = editor.getEditorState().toJSON().root.children as unknown as SerializedNodeShape[];
    expect(children[0]).toMatchObject({ type: 'midad-headline' });
    expect(text(children[0]!)).toBe('عنوانسطر ثان');
    expect(children.slice(3).map(text)).toEqual(['قبل ']);
  });
});
