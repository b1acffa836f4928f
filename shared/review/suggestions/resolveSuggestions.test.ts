import { $createParagraphNode, $createTextNode, $getRoot, IS_BOLD, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $setBlockId } from '../../editor/blockIds';
import { $createDeletionNode } from '../../editor/nodes/DeletionNode';
import { $createFormatChangeNode } from '../../editor/nodes/FormatChangeNode';
import { $createInsertionNode } from '../../editor/nodes/InsertionNode';
import { $createQuoteNode } from '../../editor/nodes/QuoteNode';
import { editorWith, serializedBlocks } from '../../editor/testing/nodeHarness';
import { $listSuggestions } from './listSuggestions';
import { $acceptAll, $acceptSuggestion, $rejectAll, $rejectSuggestion } from './resolveSuggestions';

const editorA = { author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };
const editorB = { author: 'Karim', at: '2026-11-22T11:30:00.000Z' };

/**
 * "أعلنت الحكومة [del: رفع الأسعار] عن خطة[ins: ها] الجديدة [del: أمس][ins: اليوم]" and a bold suggestion on "الجديدة",
 * plus a quote whose source an editor proposes to change.
 */
function article(): LexicalEditor {
  return editorWith(() => {
    const paragraph = $setBlockId($createParagraphNode(), 'b-first-paragraph').append(
      $createTextNode('أعلنت الحكومة '),
      $createDeletionNode({ suggestionId: 's-two-words', ...editorA }).append($createTextNode('رفع الأسعار ')),
      $createTextNode('عن خطة'),
      $createInsertionNode({ suggestionId: 's-suffix', ...editorB }).append($createTextNode('ها')),
      $createTextNode(' '),
      $createFormatChangeNode({ suggestionId: 's-bold', ...editorA }, 0).append($createTextNode('الجديدة').setFormat(IS_BOLD)),
      $createTextNode(' '),
      $createDeletionNode({ suggestionId: 's-replace', ...editorA }).append($createTextNode('أمس')),
      $createInsertionNode({ suggestionId: 's-replace', ...editorA }).append($createTextNode('اليوم')),
    );
    const quote = $createQuoteNode('speech', { sourceId: 'minister-0001' })
      .append($createTextNode('سنخفض الضرائب'))
      .setAttributionSuggestion({ suggestionId: 's-source', ...editorB, attribution: { sourceId: 'spokesman-0002' } });
    const second = $setBlockId($createParagraphNode(), 'b-second-paragraph').append($createTextNode('وقال الوزير '), quote);
    $getRoot().append(paragraph, second);
  });
}

function text(editor: LexicalEditor): string {
  return editor.read(() => $getRoot().getTextContent());
}

function update(editor: LexicalEditor, change: () => void): LexicalEditor {
  editor.update(change, { discrete: true });
  return editor;
}

function types(node: Record<string, unknown>): string[] {
  const children = (node.children ?? []) as Array<Record<string, unknown>>;
  return [String(node.type), ...children.flatMap(types)];
}

const suggestionTypes = ['midad-insertion', 'midad-deletion', 'midad-format-change'];

describe('suggestions on a headless editor', () => {
  it('lists every pending suggestion in document order, a replacement as one', () => {
    const list = article().read($listSuggestions);
    expect(list.map(({ id, kind }) => [id, kind])).toEqual([
      ['s-two-words', 'deletion'],
      ['s-suffix', 'insertion'],
      ['s-bold', 'format'],
      ['s-replace', 'replacement'],
      ['s-source', 'attribution'],
    ]);
    expect(list[0]).toMatchObject({ text: 'رفع الأسعار ', author: 'سعاد', at: editorA.at, blockId: 'b-first-paragraph' });
    expect(list[3]).toMatchObject({ text: 'اليوم', replacedText: 'أمس' });
    expect(list[4]).toMatchObject({ text: 'سنخفض الضرائب', attribution: { sourceId: 'spokesman-0002' }, blockId: 'b-second-paragraph', author: 'Karim' });
  });

  it('accepting a deletion over two words removes them; rejecting keeps them, unmarked', () => {
    const accepted = update(article(), () => $acceptSuggestion('s-two-words'));
    expect(text(accepted)).toMatch(/^أعلنت الحكومة عن خطة/);
    const rejected = update(article(), () => $rejectSuggestion('s-two-words'));
    expect(text(rejected)).toMatch(/^أعلنت الحكومة رفع الأسعار عن خطة/);
    expect(rejected.read($listSuggestions).map((s) => s.id)).not.toContain('s-two-words');
  });

  it('an insertion inside a word joins the word when accepted and leaves it whole when rejected', () => {
    const accepted = update(article(), () => $acceptSuggestion('s-suffix'));
    expect(text(accepted)).toContain('عن خطةها الجديدة');
    const rejected = update(article(), () => $rejectSuggestion('s-suffix'));
    expect(text(rejected)).toContain('عن خطة الجديدة');
    // Unwrapped text merges back into one text node with its neighbours.
    const paragraph = serializedBlocks(accepted)[0] as { children: Array<{ type: string; text?: string }> };
    expect(paragraph.children.some((child) => child.text?.includes('عن خطةها '))).toBe(true);
  });

  it('a replacement is accepted or rejected as a whole', () => {
    expect(text(update(article(), () => $acceptSuggestion('s-replace')))).toMatch(/الجديدة اليوم$/m);
    expect(text(update(article(), () => $rejectSuggestion('s-replace')))).toMatch(/الجديدة أمس$/m);
  });

  it('a rejected format suggestion puts the old format back; an accepted one keeps the new', () => {
    const formatOf = (editor: LexicalEditor) =>
      editor.read(() => $getRoot().getAllTextNodes().find((node) => node.getTextContent().includes('الجديدة'))?.getFormat());
    expect(formatOf(update(article(), () => $rejectSuggestion('s-bold')))).toBe(0);
    expect(formatOf(update(article(), () => $acceptSuggestion('s-bold')))).toBe(IS_BOLD);
  });

  it('accepting an attribution suggestion sets the source; rejecting keeps the old one', () => {
    const quote = (editor: LexicalEditor) => (serializedBlocks(editor)[1] as { children: Array<Record<string, unknown>> }).children[1];
    expect(quote(update(article(), () => $acceptSuggestion('s-source')))).toMatchObject({ attribution: { sourceId: 'spokesman-0002' } });
    const rejected = quote(update(article(), () => $rejectSuggestion('s-source')));
    expect(rejected).toMatchObject({ attribution: { sourceId: 'minister-0001' } });
    expect(rejected?.attributionSuggestion).toBeUndefined();
  });

  it('accept all and reject all leave no suggestion behind', () => {
    const accepted = update(article(), () => expect($acceptAll()).toBe(6));
    expect(text(accepted)).toBe('أعلنت الحكومة عن خطةها الجديدة اليوم\n\nوقال الوزير سنخفض الضرائب');
    const rejected = update(article(), () => $rejectAll());
    expect(text(rejected)).toBe('أعلنت الحكومة رفع الأسعار عن خطة الجديدة أمس\n\nوقال الوزير سنخفض الضرائب');
    for (const editor of [accepted, rejected]) {
      expect(editor.read($listSuggestions)).toEqual([]);
      const all = serializedBlocks(editor).flatMap(types);
      expect(all.filter((type) => suggestionTypes.includes(type))).toEqual([]);
      expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('attributionSuggestion');
    }
  });

  it('a deletion nested in another author\'s insertion goes with it when the insertion is rejected', () => {
    const editor = editorWith(() => {
      const insertion = $createInsertionNode({ suggestionId: 's-outer', ...editorA }).append(
        $createTextNode('خبر '),
        $createDeletionNode({ suggestionId: 's-inner', ...editorB }).append($createTextNode('عاجل')),
      );
      $getRoot().append($createParagraphNode().append($createTextNode('نص '), insertion));
    });
    update(editor, () => $rejectAll());
    expect(text(editor)).toBe('نص ');
    expect(editor.read($listSuggestions)).toEqual([]);
  });
});
