import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, IS_BOLD, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../../../shared/editor/headless';
import { $createHeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';
import { $listSuggestions } from '../../../../shared/review/suggestions/listSuggestions';
import { $acceptAll, $rejectAll } from '../../../../shared/review/suggestions/resolveSuggestions';
import { $suggestDeleteCharacter, $suggestDeleteSelection, $suggestDeleteWord, $suggestFormat, $suggestInsertText, $suggestParagraphBreak } from './suggestEdits';

const editor1 = { suggestionId: 's-1', author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };
const editor1b = { ...editor1, suggestionId: 's-2' };
const other = { suggestionId: 's-9', author: 'Karim', at: '2026-11-22T11:00:00.000Z' };

const SENTENCE = 'أعلنت الحكومة خطة جديدة';

function editorWithSentence(): LexicalEditor {
  const editor = createArticleEditor();
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(SENTENCE))), { discrete: true });
  return editor;
}

function run(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

/** Puts the caret (or a range) at character offsets of the paragraph's only text node. */
function $select(start: number, end = start): void {
  const text = $getRoot().getAllTextNodes()[0] as TextNode;
  text.select(start, end);
}

/** The paragraph as markup: [+inserted+], [-deleted-], {bold}. */
function marked(editor: LexicalEditor): string {
  const json = editor.getEditorState().toJSON().root.children[0] as unknown as { children: Array<Record<string, unknown>> };
  const render = (node: Record<string, unknown>): string => {
    if (typeof node.text === 'string') return (Number(node.format) & IS_BOLD) !== 0 ? `{${node.text}}` : node.text;
    const inner = ((node.children ?? []) as Array<Record<string, unknown>>).map(render).join('');
    if (node.type === 'midad-insertion') return `[+${inner}+]`;
    if (node.type === 'midad-deletion') return `[-${inner}-]`;
    if (node.type === 'midad-format-change') return `<${inner}>`;
    return inner;
  };
  return json.children.map(render).join('');
}

function caretOffsetInText(editor: LexicalEditor): string {
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return '';
    return `${selection.anchor.getNode().getTextContent()}@${selection.anchor.offset}`;
  });
}

describe('suggestion-mode editing', () => {
  it('typing inserts a suggestion at the caret and keeps growing the same insertion', () => {
    const editor = editorWithSentence();
    run(editor, () => {
      $select(SENTENCE.length);
      $suggestInsertText(' ', editor1);
      $suggestInsertText('اليوم', editor1b);
    });
    expect(marked(editor)).toBe(`${SENTENCE}[+ اليوم+]`);
    expect(editor.read($listSuggestions)).toHaveLength(1);
  });

  it('an insertion inside a word splits it; accept joins, reject restores', () => {
    const editor = editorWithSentence();
    // After "خطة" (ending at offset 17): "خطة" + "ها" proposed.
    const end = SENTENCE.indexOf('خطة') + 'خطة'.length;
    run(editor, () => {
      $select(end);
      $suggestInsertText('ها', editor1);
    });
    expect(marked(editor)).toBe('أعلنت الحكومة خطة[+ها+] جديدة');
    const copy = createArticleEditor();
    copy.setEditorState(copy.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    run(editor, () => void $acceptAll());
    run(copy, () => void $rejectAll());
    expect(marked(editor)).toBe('أعلنت الحكومة خطةها جديدة');
    expect(marked(copy)).toBe(SENTENCE);
  });

  it('Backspace strikes characters one by one into one deletion, the caret moving before them', () => {
    const editor = editorWithSentence();
    run(editor, () => {
      $select(SENTENCE.length);
      for (let i = 0; i < 'جديدة'.length + 1; i++) $suggestDeleteCharacter(editor1, true);
    });
    expect(marked(editor)).toBe('أعلنت الحكومة خطة[- جديدة-]');
    expect(caretOffsetInText(editor)).toBe('أعلنت الحكومة خطة@17');
    expect(editor.read($listSuggestions)).toMatchObject([{ kind: 'deletion', text: ' جديدة' }]);
  });

  it('Backspace skips text already struck, and removes for real what the author inserted', () => {
    const editor = editorWithSentence();
    run(editor, () => {
      $select(SENTENCE.length);
      $suggestInsertText('ب', editor1);
      $suggestDeleteCharacter(editor1, true);
    });
    expect(marked(editor)).toBe(SENTENCE);
    run(editor, () => {
      $select(5);
      $suggestDeleteCharacter(editor1, false);
      $select(5);
      $suggestDeleteCharacter(editor1, false);
    });
    expect(marked(editor)).toBe('أعلنت[- ا-]لحكومة خطة جديدة');
  });

  it('a deletion spanning two words, then typing over a selection, makes a replacement', () => {
    const editor = editorWithSentence();
    const start = SENTENCE.indexOf('خطة');
    run(editor, () => {
      $select(start, SENTENCE.length);
      $suggestInsertText('برنامجا', editor1);
    });
    expect(marked(editor)).toBe('أعلنت الحكومة [-خطة جديدة-][+برنامجا+]');
    expect(editor.read($listSuggestions)).toMatchObject([{ id: 's-1', kind: 'replacement', text: 'برنامجا', replacedText: 'خطة جديدة' }]);
  });

  it('Ctrl+Backspace strikes the word before the caret; another author\'s insertion is struck, not removed', () => {
    const editor = editorWithSentence();
    run(editor, () => {
      $select(SENTENCE.length);
      $suggestDeleteWord(editor1, true);
    });
    expect(marked(editor)).toBe('أعلنت الحكومة خطة [-جديدة-]');
    run(editor, () => {
      $select(0);
      $suggestInsertText('قد ', other);
      const inserted = $getRoot().getAllTextNodes()[0] as TextNode;
      inserted.select(0, inserted.getTextContentSize());
      $suggestDeleteSelection(editor1, true);
    });
    expect(marked(editor)).toBe('[+[-قد -]+]أعلنت الحكومة خطة [-جديدة-]');
  });

  it('bold on a selection is a format suggestion; rejecting it restores plain text', () => {
    const editor = editorWithSentence();
    const start = SENTENCE.indexOf('الحكومة');
    run(editor, () => {
      $select(start, start + 'الحكومة'.length);
      $suggestFormat('bold', editor1);
    });
    expect(marked(editor)).toBe('أعلنت <{الحكومة}> خطة جديدة');
    expect(editor.read($listSuggestions)).toMatchObject([{ kind: 'format', text: 'الحكومة' }]);
    run(editor, () => void $rejectAll());
    expect(marked(editor)).toBe(SENTENCE);
  });

  it('Enter splits the paragraph as a suggestion; in the headline it does nothing', () => {
    const editor = editorWithSentence();
    const at = SENTENCE.indexOf('خطة');
    run(editor, () => {
      $select(at);
      $suggestParagraphBreak(editor1);
    });
    expect(editor.read(() => $getRoot().getChildren().map((block) => block.getTextContent()))).toEqual(['أعلنت الحكومة ', 'خطة جديدة']);
    expect(editor.read($listSuggestions)).toMatchObject([{ kind: 'split', text: 'خطة جديدة' }]);
    run(editor, () => void $rejectAll());
    expect(editor.read(() => $getRoot().getTextContent())).toBe(SENTENCE);
    const headline = createArticleEditor();
    run(headline, () => {
      $getRoot().append($createHeadlineNode().append($createTextNode('عنوان')));
      ($getRoot().getAllTextNodes()[0] as TextNode).select(2, 2);
      $suggestParagraphBreak(editor1);
    });
    expect(headline.read(() => $getRoot().getChildrenSize())).toBe(1);
  });
});
