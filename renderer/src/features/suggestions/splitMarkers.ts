import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { suggestionTitle } from '../../../../shared/editor/nodes/SuggestionNode';
import { $getSuggestedSplit } from '../../../../shared/review/suggestions/suggestedSplit';

/** Top-level blocks and the items of lists: where Enter can split. */
function $splittableBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((block) => ($isElementNode(block) && block.getType() === 'list' ? [block, ...block.getChildren()] : [block]));
}

/**
 * Marks the blocks that start at a suggested paragraph break
 * (`data-suggested-split`, with who and when as the tooltip). The block
 * nodes are Lexical's and the house's own, so the mark is put on their DOM
 * after each update rather than by their `createDOM`.
 */
export function registerSplitMarkers(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ editorState }) =>
    editorState.read(() => {
      for (const block of $splittableBlocks()) {
        const element = editor.getElementByKey(block.getKey());
        if (!element) continue;
        const split = $getSuggestedSplit(block);
        if (split) {
          element.setAttribute('data-suggested-split', split.suggestionId);
          element.title = suggestionTitle(split);
        } else if (element.hasAttribute('data-suggested-split')) {
          element.removeAttribute('data-suggested-split');
          element.removeAttribute('title');
        }
      }
    }),
  );
}
