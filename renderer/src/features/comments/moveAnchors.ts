import { $getNodeByKey, $isTextNode, COMMAND_PRIORITY_CRITICAL, CUT_COMMAND, HISTORY_MERGE_TAG, PASTE_TAG, type LexicalEditor } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $commentIdsInOrder } from '../../../../shared/review/comments/anchors';
import { $anchorTextIn, $threadsInSelection } from '../../../../shared/review/comments/moves';

/**
 * Lets a comment follow its text when the text is cut and pasted elsewhere:
 * the clipboard carries no marks, so the threads of a cut are remembered and
 * anchored again on the same words in what the next paste wrote, as part of
 * that paste's undo step. Until then (or if the words were changed) the thread
 * is orphaned, never dropped.
 */
export function registerMoveAnchors(editor: LexicalEditor): () => void {
  let cut = new Map<string, string>();
  return mergeRegister(
    editor.registerCommand(
      CUT_COMMAND,
      () => {
        // Before the cut deletes the text (rich text handles it at a lower priority).
        cut = $threadsInSelection();
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerUpdateListener(({ tags, dirtyLeaves }) => {
      if (!tags.has(PASTE_TAG) || cut.size === 0) return;
      const pending = cut;
      cut = new Map();
      editor.update(
        () => {
          const anchored = new Set($commentIdsInOrder());
          const pasted = [...dirtyLeaves].map((key) => $getNodeByKey(key)).filter($isTextNode);
          for (const [id, text] of pending) if (!anchored.has(id)) $anchorTextIn(id, text, pasted);
        },
        { tag: HISTORY_MERGE_TAG },
      );
    }),
  );
}
