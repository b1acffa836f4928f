import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { directionalBlockNodes } from '../../../../shared/editor/nodes';

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
      ...directionalBlockNodes.map((klass) =>
        editor.registerNodeTransform(klass, (node) => {
          if (node.getDirection() === null && node.getParent()?.getType() === 'root') node.setDirection(direction);
        }),
      ),
    );
  }, [editor, direction]);

  return null;
}
