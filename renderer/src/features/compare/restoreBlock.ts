import { $getRoot, $parseSerializedNode, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import { blockIdOf } from '../../../../shared/editor/blockIdFormat';
import { $getBlockId } from '../../../../shared/editor/blockIds';
import type { ArticleDocument } from '../../../../shared/model/document';

function $blockWithId(id: string | undefined): LexicalNode | undefined {
  return id ? $getRoot().getChildren().find((block) => $getBlockId(block) === id) : undefined;
}

/**
 * Puts block `oldIndex` of an older revision back into the live document, as
 * it was there: it replaces the block with the same id (or, for a block
 * without one, the block at `currentIndex`), or, when the block was deleted,
 * goes back after the nearest earlier block of that revision still present.
 * Call inside one `editor.update`, so it is one undo step.
 */
export function $restoreBlock(revision: ArticleDocument, oldIndex: number, currentIndex?: number): void {
  const serialized = revision.root.children[oldIndex];
  if (!serialized) return;
  const restored = $parseSerializedNode(serialized as unknown as SerializedLexicalNode);
  const root = $getRoot();
  const id = blockIdOf(serialized);
  const current = $blockWithId(id) ?? (id === undefined && currentIndex !== undefined ? root.getChildAtIndex(currentIndex) : null);
  if (current) {
    current.replace(restored);
    return;
  }
  for (let index = oldIndex - 1; index >= 0; index--) {
    const anchor = $blockWithId(blockIdOf(revision.root.children[index]!));
    if (anchor) {
      anchor.insertAfter(restored);
      return;
    }
  }
  const first = root.getFirstChild();
  if (first) first.insertBefore(restored);
  else root.append(restored);
}
