import type { CheckBlock } from '../../../../shared/proofreading/types';

/** What the worker needs to catch up: the blocks whose text changed, and the new order when blocks came or went. */
export interface BlockDelta {
  changed: CheckBlock[];
  /** Block ids in document order; only when the list of blocks changed. */
  order?: string[];
}

function sameBlock(a: CheckBlock, b: CheckBlock): boolean {
  return a.id === b.id && a.kind === b.kind && a.text === b.text && JSON.stringify(a.quoteRanges) === JSON.stringify(b.quoteRanges);
}

/**
 * Remembers what the worker was last told about each top-level block (by node
 * key) so an update sends only the blocks Lexical marked dirty and whose text
 * really changed; the rest of the document is never read again.
 */
export class BlockTracker {
  #byKey = new Map<string, CheckBlock>();
  #order: string[] = [];

  /**
   * `keys`: the top-level node keys in order; `isDirty`: whether Lexical marked
   * one dirty; `read`: the block's current text (null for blocks without text).
   */
  update(keys: readonly string[], isDirty: (key: string) => boolean, read: (key: string) => CheckBlock | null): BlockDelta | null {
    const next = new Map<string, CheckBlock>();
    const changed: CheckBlock[] = [];
    const order: string[] = [];
    for (const key of keys) {
      const known = this.#byKey.get(key);
      const block = known && !isDirty(key) ? known : read(key);
      if (!block) continue;
      if (!known || !sameBlock(known, block)) changed.push(block);
      next.set(key, block);
      order.push(block.id);
    }
    this.#byKey = next;
    const reordered = order.length !== this.#order.length || order.some((id, index) => id !== this.#order[index]);
    if (reordered) this.#order = order;
    if (changed.length === 0 && !reordered) return null;
    return { changed, ...(reordered && { order }) };
  }

  /** Forget everything, so the next update sends every block (a new worker, a switched-on checker). */
  reset(): void {
    this.#byKey = new Map();
    this.#order = [];
  }
}
