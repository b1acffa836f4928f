import { $createParagraphNode, $createTextNode, $getRoot, IS_BOLD, IS_ITALIC } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../headless';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createDeletionNode } from './DeletionNode';
import { $createFormatChangeNode } from './FormatChangeNode';
import { $createInsertionNode } from './InsertionNode';
import { $isQuoteNode } from './QuoteNode';

const meta = { author: 'سعاد بنعلي', at: '2026-11-22T10:05:00.000Z' };

function paragraph() {
  return editorWith(() => {
    $getRoot().append(
      $createParagraphNode().append(
        $createTextNode('أعلنت '),
        $createDeletionNode({ suggestionId: 's-del', ...meta }).append($createTextNode('أمس')),
        $createInsertionNode({ suggestionId: 's-del', ...meta }).append($createTextNode('اليوم')),
        $createTextNode(' '),
        $createFormatChangeNode({ suggestionId: 's-fmt', ...meta }, IS_ITALIC).append($createTextNode('الخطة').setFormat(IS_BOLD)),
      ),
    );
  });
}

describe('suggestion nodes', () => {
  it('round-trip their author, time and id (and the previous format) flat in JSON', () => {
    const { first, second } = roundTrip(paragraph());
    expect(second).toBe(first);
    const children = JSON.parse(first).root.children[0].children;
    expect(children[1]).toMatchObject({ type: 'midad-deletion', suggestionId: 's-del', ...meta });
    expect(children[2]).toMatchObject({ type: 'midad-insertion', suggestionId: 's-del', ...meta });
    expect(children[4]).toMatchObject({ type: 'midad-format-change', suggestionId: 's-fmt', previousFormat: IS_ITALIC });
  });

  it('export as <ins>/<del>/<span> with data attributes and an "author · time" title, and import back', () => {
    const html = exportHtml(paragraph());
    expect(html).toContain('<del data-suggestion-id="s-del" data-author="سعاد بنعلي" data-at="2026-11-22T10:05:00.000Z" title="سعاد بنعلي · 2026-11-22 10:05">');
    expect(html).toContain('<ins data-suggestion-id="s-del"');
    expect(html).toMatch(/<span data-suggestion-id="s-fmt"[^>]* data-previous-format="2"/);
    const children = importHtml(html)[0]?.children as Array<Record<string, unknown>>;
    expect(children.map((child) => child.type)).toEqual(expect.arrayContaining(['midad-deletion', 'midad-insertion', 'midad-format-change']));
    expect(children.find((child) => child.type === 'midad-format-change')).toMatchObject({ previousFormat: IS_ITALIC, suggestionId: 's-fmt' });
  });

  it('leave a pasted plain <del> or <ins> alone', () => {
    const children = importHtml('<p>نص <del>قديم</del> <ins>جديد</ins></p>')[0]?.children as Array<Record<string, unknown>>;
    expect(children.map((child) => child.type)).not.toContain('midad-deletion');
    expect(children.map((child) => child.type)).not.toContain('midad-insertion');
  });

  it('a quote saved before attribution suggestions loads and keeps none; a pending one round-trips', () => {
    const old = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
      { type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '', children: [
        { type: 'midad-quote', version: 1, quoteKind: 'speech', attribution: { sourceId: 'minister-0001' }, direction: null, format: '', indent: 0, children: [
          { type: 'text', version: 1, text: 'نص', format: 0, style: '', mode: 'normal', detail: 0 },
        ] },
      ] },
    ] } };
    const editor = createArticleEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(old)));
    editor.update(() => {
      const quote = $getRoot().getAllTextNodes()[0]?.getParent();
      if (!$isQuoteNode(quote)) throw new Error('no quote');
      expect(quote.getAttributionSuggestion()).toBeNull();
      quote.setAttributionSuggestion({ suggestionId: 's-src', ...meta, attribution: { sourceId: 'spokesman-0002' } });
    }, { discrete: true });
    const { first, second } = roundTrip(editor);
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0].children[0].attributionSuggestion).toEqual({ suggestionId: 's-src', ...meta, attribution: { sourceId: 'spokesman-0002' } });
    expect(exportHtml(editor)).toContain('data-suggestion-id="s-src"');
  });
});
