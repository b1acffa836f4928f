import { $isMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $setSelection, $createRangeSelection, type ParagraphNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../editor/headless';
import { $anchorComment, $commentMarks } from './anchors';
import { registerCommentOverlaps } from './overlaps';

const SENTENCE = 'أعلنت الحكومة عن خطة جديدة لدعم الفلاحين';

/** Selects [start, end) of the paragraph's text, wherever marks have split it. */
function $selectRange(start: number, end: number): void {
  const nodes = $getRoot().getAllTextNodes();
  const point = (offset: number): [TextNode, number] => {
    let seen = 0;
    for (const node of nodes) {
      const size = node.getTextContentSize();
      if (offset <= seen + size) return [node, offset - seen];
      seen += size;
    }
    throw new Error('offset past the text');
  };
  const [anchorNode, anchorOffset] = point(start);
  const [focusNode, focusOffset] = point(end);
  const selection = $createRangeSelection();
  selection.anchor.set(anchorNode.getKey(), anchorOffset, 'text');
  selection.focus.set(focusNode.getKey(), focusOffset, 'text');
  $setSelection(selection);
}

describe('overlapping comments', () => {
  it('never nest marks: the shared words carry both ids', () => {
    const editor = createArticleEditor();
    registerCommentOverlaps(editor);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(SENTENCE))), { discrete: true });
    const a = SENTENCE.indexOf('عن خطة');
    const b = SENTENCE.indexOf('خطة جديدة');
    editor.update(
      () => {
        $selectRange(a, a + 'عن خطة'.length);
        $anchorComment('c-0000000a');
      },
      { discrete: true },
    );
    editor.update(
      () => {
        $selectRange(b, b + 'خطة جديدة'.length);
        $anchorComment('c-0000000b');
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const marks = $getRoot().getFirstChildOrThrow<ParagraphNode>().getChildren().filter($isMarkNode);
      expect(marks.flatMap((mark) => mark.getChildren()).some($isMarkNode)).toBe(false);
      expect($commentMarks('c-0000000a').map((mark) => mark.getTextContent()).join('')).toBe('عن خطة');
      expect($commentMarks('c-0000000b').map((mark) => mark.getTextContent()).join('')).toBe('خطة جديدة');
      expect(marks.find((mark) => mark.getIDs().length === 2)?.getTextContent()).toBe('خطة');
      expect($getRoot().getTextContent()).toBe(SENTENCE);
    });
  });
});
