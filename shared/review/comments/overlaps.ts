import { $createMarkNode, MarkNode } from '@lexical/mark';
import { registerNestedElementResolver } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';

/**
 * Commenting on text that overlaps another comment would nest one mark in
 * another; this flattens them, so the overlapping words carry both thread
 * ids in one mark (as Lexical's playground does).
 */
export function registerCommentOverlaps(editor: LexicalEditor): () => void {
  return registerNestedElementResolver<MarkNode>(
    editor,
    MarkNode,
    (from) => $createMarkNode(from.getIDs()),
    (from, to) => {
      for (const id of from.getIDs()) to.addID(id);
    },
  );
}
