import { $getEditor, $getRoot, $getState, $setState, createState, type LexicalNode } from 'lexical';
import { BLOCK_ID_PATTERN, newBlockId } from './blockIdFormat';

/**
 * The stable id of a top-level block, persisted in the document as `$.blockId`.
 * Review anchors comments, moves and per-paragraph restore on it. `$copyNode`
 * (what a split uses) resets it, so the new half gets its own.
 */
export const blockIdState = createState('blockId', {
  parse: (value): string => (typeof value === 'string' && BLOCK_ID_PATTERN.test(value) ? value : ''),
  resetOnCopyNode: true,
});

export function $getBlockId(node: LexicalNode): string {
  return $getState(node, blockIdState);
}

export function $setBlockId<T extends LexicalNode>(node: T, id: string): T {
  return $setState(node, blockIdState, id);
}

/**
 * Gives every top-level block an id and re-assigns duplicates (a paste of
 * copied blocks carries their ids). Of two blocks sharing an id, the one that
 * already existed before this update keeps it, so comments stay on the original.
 * Linear in the number of top-level blocks: call it only when the list of
 * blocks changed, as `registerArticleStructure` does, not on typing.
 */
export function $ensureBlockIds(): void {
  const previous = $getEditor().getEditorState()._nodeMap;
  const owners = new Map<string, LexicalNode>();
  const needNew: LexicalNode[] = [];
  for (const block of $getRoot().getChildren()) {
    const id = $getBlockId(block);
    const owner = id ? owners.get(id) : undefined;
    if (!id) {
      needNew.push(block);
    } else if (!owner) {
      owners.set(id, block);
    } else if (!previous.has(owner.getKey()) && previous.has(block.getKey())) {
      owners.set(id, block);
      needNew.push(owner);
    } else {
      needNew.push(block);
    }
  }
  for (const block of needNew) {
    let id = newBlockId();
    while (owners.has(id)) id = newBlockId();
    owners.set(id, block);
    $setBlockId(block, id);
  }
}
