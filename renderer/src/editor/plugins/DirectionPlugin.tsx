import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, HISTORY_MERGE_TAG, ParagraphNode, type ElementNode, type Klass } from 'lexical';
import { useEffect } from 'react';
import { HeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';

const BLOCKS: Array<Klass<ElementNode>> = [HeadlineNode, ParagraphNode, HeadingNode, QuoteNode, ListNode];

/**
 * Makes the article's direction explicit on the root and on every top-level
 * block, in the stored JSON and in the DOM. Lexical otherwise leaves `dir` to
 * `auto`, which turns an Arabic paragraph that starts with "UB40" or "2021"
 * left-to-right and leaves an empty paragraph without a direction at all.
 * Blocks are only touched when created without one (typed, pasted, imported).
 */
export function DirectionPlugin({ direction }: { direction: 'rtl' | 'ltr' }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    editor.update(
      () => {
        const root = $getRoot();
        if (root.getDirection() !== direction) root.setDirection(direction);
      },
      { tag: HISTORY_MERGE_TAG },
    );
    return mergeRegister(
      ...BLOCKS.map((klass) =>
        editor.registerNodeTransform(klass, (node) => {
          if (node.getDirection() === null && node.getParent()?.getType() === 'root') node.setDirection(direction);
        }),
      ),
    );
  }, [editor, direction]);

  return null;
}
