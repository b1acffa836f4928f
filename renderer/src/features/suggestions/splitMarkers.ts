import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $isElementNode, $isRootNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { suggestionTitle } from '../../../../shared/editor/nodes/SuggestionNode';
import { $getSuggestedSplit } from '../../../../shared/review/suggestions/suggestedSplit';

/** Top-level blocks and the items of lists: where Enter can split. */
function $splittableBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((block) => ($isElementNode(block) && block.getType() === 'list' ? [block, ...block.getChildren()] : [block]));
}

/** Sets or clears the mark on one block's DOM. */
function $markSplit(editor: LexicalEditor, block: LexicalNode): void {
  const element = editor.getElementByKey(block.getKey());
  if (!element) return;
  const split = $getSuggestedSplit(block);
  if (split) {
    element.setAttribute('data-suggested-split', split.suggestionId);
    element.title = suggestionTitle(split);
  } else if (element.hasAttribute('data-suggested-split')) {
    element.removeAttribute('data-suggested-split');
    element.removeAttribute('title');
  }
}

/** Whether Enter can split `node`: a top-level block or an item of a top-level list. */
function $isSplittable(node: LexicalNode): boolean {
  const parent = node.getParent();
  return $isRootNode(parent) || (parent?.getType() === 'list' && $isRootNode(parent.getParent()));
}

/**
 * Marks the blocks that start at a suggested paragraph break
 * (`data-suggested-split`, with who and when as the tooltip). The block
 * nodes are Lexical's and the house's own, so the mark is put on their DOM
 * after each update rather than by their `createDOM`: only the blocks the
 * update dirtied (a split's state lives on its block, and a recreated DOM
 * element comes from a dirty block, added blocks included), all of them for a
 * new document. Typing must not walk the article.
 */
export function registerSplitMarkers(editor: LexicalEditor): () => void {
  const markAll = () => editor.getEditorState().read(() => $splittableBlocks().forEach((block) => $markSplit(editor, block)));
  markAll();
  return mergeRegister(
    editor.registerRootListener(markAll),
    editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) =>
      editorState.read(() => {
        // `setEditorState` leaves the root alone in the dirty set, with every DOM element new. The root
        // being marked on purpose says nothing: Lexical does that on every keystroke, to cache its text.
        const wholeDocument = dirtyElements.size === 1 && dirtyElements.has('root') && dirtyLeaves.size === 0;
        if (wholeDocument) return $splittableBlocks().forEach((block) => $markSplit(editor, block));
        for (const key of dirtyElements.keys()) {
          const node = $getNodeByKey(key);
          if (node && $isSplittable(node)) $markSplit(editor, node);
        }
      }),
    ),
  );
}
