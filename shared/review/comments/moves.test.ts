import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../editor/headless';
import { $anchorComment, $commentIdsInOrder, $commentMarks, reconcileOrphans } from './anchors';
import { $anchorTextIn, $threadsInSelection } from './moves';
import { newThread } from './threads';

const FIRST = 'أعلنت الحكومة عن خطة جديدة لدعم الفلاحين';
const SECOND = 'وقال الوزير إن التمويل مضمون';
const PHRASE = 'خطة جديدة';
const ID = 'c-00000001';

describe('a commented phrase cut and pasted elsewhere', () => {
  it('is remembered when cut and anchored again where it is pasted', () => {
    const editor = createArticleEditor();
    editor.update(
      () => {
        const text = $createTextNode(FIRST);
        $getRoot().append($createParagraphNode().append(text), $createParagraphNode().append($createTextNode(SECOND)));
        text.select(FIRST.indexOf(PHRASE), FIRST.indexOf(PHRASE) + PHRASE.length);
        $anchorComment(ID);
      },
      { discrete: true },
    );
    let threads = [newThread({ id: ID, author: 'سارة', at: '2026-03-01T09:00:00+01:00' }, { kind: 'text' }, PHRASE, 'مصدر؟')];

    // Cut: select the phrase with a word around it, remember its threads, delete it.
    let cut = new Map<string, string>();
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
        const before = paragraph.getFirstChildOrThrow<TextNode>();
        const after = paragraph.getLastChildOrThrow<TextNode>();
        const selection = before.select(before.getTextContentSize() - 3, before.getTextContentSize());
        selection.focus.set(after.getKey(), 5, 'text');
        cut = $threadsInSelection();
        selection.removeText();
      },
      { discrete: true },
    );
    expect(cut).toEqual(new Map([[ID, PHRASE]]));
    threads = reconcileOrphans(threads, new Set(editor.getEditorState().read($commentIdsInOrder)));
    expect(threads[0]!.orphaned).toBe(true);

    // Paste at the end of the second paragraph, as the paste path writes it: plain text nodes.
    let anchored = false;
    editor.update(
      () => {
        const pasted = $createTextNode(` عن ${PHRASE} لدعم`);
        $getRoot().getLastChildOrThrow<ParagraphNode>().append(pasted);
        anchored = $anchorTextIn(ID, PHRASE, [pasted]);
      },
      { discrete: true },
    );
    expect(anchored).toBe(true);
    expect(editor.getEditorState().read(() => $commentMarks(ID).map((mark) => [mark.getTextContent(), mark.getParent()?.getTextContent()]))).toEqual([
      [PHRASE, `${SECOND} عن ${PHRASE} لدعم`],
    ]);
    threads = reconcileOrphans(threads, new Set(editor.getEditorState().read($commentIdsInOrder)));
    expect(threads[0]!.orphaned).toBe(false);
  });

  it('does not anchor on pasted text that lacks the phrase', () => {
    const editor = createArticleEditor();
    let anchored = true;
    editor.update(
      () => {
        const pasted = $createTextNode('نص آخر تماما');
        $getRoot().append($createParagraphNode().append(pasted));
        anchored = $anchorTextIn(ID, PHRASE, [pasted]);
      },
      { discrete: true },
    );
    expect(anchored).toBe(false);
    expect(editor.getEditorState().read(() => $commentMarks(ID))).toEqual([]);
  });
});
