import { $getNodeByKey, $getRoot, $isRootNode, type LexicalEditor } from 'lexical';
import type { CheckBlock } from '../../../../shared/proofreading/types';
import { BlockTracker, type BlockDelta } from './blockTracker';
import { $readBlock } from './liveBlocks';

export interface ChangedBlocksFeedOptions {
  /** Typing pauses this long before the changed blocks are read. */
  pauseMs: number;
  /** Reading stops after this long and goes on in a later task, so a key pressed meanwhile waits no longer. */
  sliceMs: number;
  /** The clock slices are timed with. */
  now?: () => number;
}

/**
 * Feeds the checker the top-level blocks whose text changed: after a pause,
 * only the blocks Lexical marked dirty are read again, a few milliseconds at a
 * time. Reading a whole pasted article (or the article at open) in one task
 * took 5 ms and more, and the next key waited behind it.
 */
export function followChangedBlocks(editor: LexicalEditor, send: (delta: BlockDelta) => void, options: ChangedBlocksFeedOptions): () => void {
  const now = options.now ?? (() => performance.now());
  const tracker = new BlockTracker();
  /** Top-level keys changed since the checker was last told, and those already read since. */
  const dirty = new Set<string>();
  const read = new Map<string, CheckBlock | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const $readSlice = (): boolean => {
    const start = now();
    for (const key of dirty) {
      if (read.has(key)) continue;
      const node = $getNodeByKey(key);
      read.set(key, node && $isRootNode(node.getParent()) ? $readBlock(node) : null);
      if (now() - start >= options.sliceMs) return false;
    }
    return true;
  };

  const step = () => {
    const state = editor.getEditorState();
    if (!state.read($readSlice)) {
      timer = setTimeout(step, 0);
      return;
    }
    const delta = state.read(() =>
      tracker.update($getRoot().getChildrenKeys(), (key) => dirty.has(key), (key) => {
        if (read.has(key)) return read.get(key)!;
        const node = $getNodeByKey(key);
        return node ? $readBlock(node) : null;
      }),
    );
    dirty.clear();
    read.clear();
    if (delta) send(delta);
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(step, options.pauseMs);
  };

  // The whole article's first reading waits like any other: opening a draft shows the text first.
  editor.getEditorState().read(() => $getRoot().getChildrenKeys().forEach((key) => dirty.add(key)));
  later();
  const unregister = editor.registerUpdateListener(({ dirtyElements }) => {
    if (dirtyElements.size === 0) return;
    for (const key of dirtyElements.keys()) {
      dirty.add(key);
      read.delete(key);
    }
    later();
  });
  return () => {
    clearTimeout(timer);
    unregister();
  };
}
