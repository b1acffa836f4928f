import { $getEditor, $getRoot, $getState, $setState, createState, type LexicalNode } from 'lexical';
import type { SerializedNodeShape } from '../model/document';

const BLOCK_ID = /^[a-z0-9]{6,32}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The stable id of a top-level block, persisted in the document as `$.blockId`.
 * Review anchors comments, moves and per-paragraph restore on it. `$copyNode`
 * (what a split uses) resets it, so the new half gets its own.
 */
export const blockIdState = createState('blockId', {
  parse: (value): string => (typeof value === 'string' && BLOCK_ID.test(value) ? value : ''),
  resetOnCopyNode: true,
});

/** Ten random base-36 characters: collisions within one article are not a practical concern. */
export function newBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function $getBlockId(node: LexicalNode): string {
  return $getState(node, blockIdState);
}

export function $setBlockId<T extends LexicalNode>(node: T, id: string): T {
  return $setState(node, blockIdState, id);
}

/** Reads a block id from serialized JSON, for code that does not load Lexical (review, library). */
export function blockIdOf(node: SerializedNodeShape): string | undefined {
  const state = node.$ as { blockId?: unknown } | undefined;
  const id = state?.blockId;
  return typeof id === 'string' && BLOCK_ID.test(id) ? id : undefined;
}

/**
 * Gives every top-level block an id and re-assigns duplicates (a paste of
 * copied blocks carries their ids). Of two blocks sharing an id, the one that
 * already existed before this update keeps it, so comments stay on the original.
 * Linear in the number of top-level blocks; call it from a root transform,
 * which Lexical runs only when the list of blocks changed, not on typing.
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
