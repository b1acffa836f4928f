import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { $isMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, UNDO_COMMAND, type ElementNode, type LexicalEditor, type ParagraphNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createDocument, documentText } from '../../editor/documentText';
import { createArticleEditor } from '../../editor/headless';
import type { ArticleDocument } from '../../model/document';
import { newThread } from './threads';
import { $anchorComment, $commentIdsInOrder, $commentMarks, $removeCommentAnchors, commentIdsInDocument, reconcileOrphans } from './anchors';

const SENTENCE = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم الفلاحين';
const PHRASE = 'خطة جديدة';
const THREAD = 'c-0000000001';

/** A headless editor with one Arabic paragraph and undo history (no merging, so each edit is one undo step). */
function arabicEditor(): LexicalEditor {
  const editor = createArticleEditor();
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(SENTENCE))), { discrete: true });
  return editor;
}

function $text(): TextNode {
  return $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>();
}

/** Comments on PHRASE by selecting it in the paragraph's single text node. */
function commentOnPhrase(editor: LexicalEditor): string | null {
  let quote: string | null = null;
  editor.update(
    () => {
      const start = SENTENCE.indexOf(PHRASE);
      $text().select(start, start + PHRASE.length);
      quote = $anchorComment(THREAD);
    },
    { discrete: true },
  );
  return quote;
}

const markedText = (editor: LexicalEditor) => editor.getEditorState().read(() => $commentMarks(THREAD).map((mark) => mark.getTextContent()).join(''));
const paragraphText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());
const anchored = (editor: LexicalEditor) => new Set(editor.getEditorState().read($commentIdsInOrder));

/** Runs an edit as separate undo steps would be: a discrete update with history. */
function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function textSibling(position: 'before' | 'after'): TextNode {
  const mark = $commentMarks(THREAD)[0]!;
  const sibling = position === 'before' ? mark.getPreviousSibling() : mark.getNextSibling();
  if (!$isTextNode(sibling)) throw new Error(`no text ${position} the mark`);
  return sibling;
}

describe('comment anchors in Arabic text', () => {
  it('marks exactly the selected phrase and returns it as the quote', () => {
    const editor = arabicEditor();
    expect(commentOnPhrase(editor)).toBe(PHRASE);
    expect(markedText(editor)).toBe(PHRASE);
    expect(paragraphText(editor)).toBe(SENTENCE);
    expect(commentIdsInDocument(editor.getEditorState().toJSON())).toEqual([THREAD]);
  });

  it('refuses a collapsed selection', () => {
    const editor = arabicEditor();
    let quote: string | null = 'x';
    edit(editor, () => {
      $text().select(3, 3);
      quote = $anchorComment(THREAD);
    });
    expect(quote).toBeNull();
    expect(anchored(editor).size).toBe(0);
  });

  it('stays on the phrase when text is typed before it', () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    edit(editor, () => textSibling('before').select(0, 0).insertText('عاجل: '));
    expect(markedText(editor)).toBe(PHRASE);
    expect(paragraphText(editor)).toBe(`عاجل: ${SENTENCE}`);
  });

  it('grows with text typed inside it', () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    edit(editor, () => {
      const inner = $commentMarks(THREAD)[0]!.getFirstChildOrThrow<TextNode>();
      inner.select(3, 3).insertText(' وطنية');
    });
    expect(markedText(editor)).toBe('خطة وطنية جديدة');
  });

  it('does not grow with text typed right after it or further on', () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    edit(editor, () => {
      const mark = $commentMarks(THREAD)[0]!;
      mark.selectEnd().insertText(' وشاملة');
    });
    edit(editor, () => {
      const after = textSibling('after');
      after.select(after.getTextContentSize(), after.getTextContentSize()).insertText(' في الجنوب');
    });
    expect(markedText(editor)).toBe(PHRASE);
    expect(paragraphText(editor)).toContain('الفلاحين في الجنوب');
    expect(paragraphText(editor)).toContain(`${PHRASE} وشاملة`);
  });

  it('orphans the thread when its text is deleted, and anchors it again on undo', async () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    let threads = [newThread({ id: THREAD, author: 'سارة', at: '2026-01-01T10:00:00+01:00' }, { kind: 'text' }, PHRASE, 'مصدر هذا الرقم؟')];
    edit(editor, () => {
      const mark = $commentMarks(THREAD)[0]!;
      const paragraph = mark.getParentOrThrow();
      paragraph.select(0, paragraph.getChildrenSize()).removeText();
    });
    expect(anchored(editor).has(THREAD)).toBe(false);
    threads = reconcileOrphans(threads, anchored(editor));
    expect(threads[0]!.orphaned).toBe(true);
    expect(threads[0]!.quote).toBe(PHRASE);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // An undo sets the previous editor state, which Lexical commits in a microtask.
    await Promise.resolve();
    expect(markedText(editor)).toBe(PHRASE);
    threads = reconcileOrphans(threads, anchored(editor));
    expect(threads[0]!.orphaned).toBe(false);
  });

  it('keeps a field thread anchored whatever the document holds, and returns the same array when nothing changed', () => {
    const field = newThread({ id: 'c-0000000002', author: 'سارة', at: '2026-01-01T10:00:00+01:00' }, { kind: 'field', field: 'section' }, '', 'القسم خطأ');
    const threads = [field];
    expect(reconcileOrphans(threads, new Set())).toBe(threads);
  });

  it('removes a thread’s mark and keeps its text', () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    edit(editor, () => $removeCommentAnchors(THREAD));
    expect(paragraphText(editor)).toBe(SENTENCE);
    expect(editor.getEditorState().read(() => $getRoot().getAllTextNodes().some((node) => $isMarkNode(node.getParent())))).toBe(false);
  });

  it('anchors in the headline too, which keeps its plain text for the exports', () => {
    const editor = createArticleEditor({ structure: true });
    const headline = 'الحكومة تعلن خطة لدعم الفلاحين';
    editor.setEditorState(editor.parseEditorState(createDocument('ar', headline)));
    editor.update(
      () => {
        const text = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
        text.select(headline.indexOf('خطة'), headline.indexOf('خطة') + 'خطة'.length);
        $anchorComment(THREAD);
      },
      { discrete: true },
    );
    const document = editor.getEditorState().toJSON() as unknown as ArticleDocument;
    expect(commentIdsInDocument(document)).toEqual([THREAD]);
    expect(documentText(document).headline).toBe(headline);
  });

  it('round-trips the mark through JSON', () => {
    const editor = arabicEditor();
    commentOnPhrase(editor);
    const other = createArticleEditor();
    other.setEditorState(other.parseEditorState(editor.getEditorState().toJSON()));
    expect(markedText(other)).toBe(PHRASE);
  });
});
