import { describe, expect, it } from 'vitest';
import type { CheckBlock } from '../../../../shared/proofreading/types';
import { BlockTracker } from './blockTracker';

const paragraph = (id: string, text: string): CheckBlock => ({ id, kind: 'paragraph', text });

describe('BlockTracker', () => {
  it('sends every block first, then only dirty blocks whose text changed, reading no clean block', () => {
    const tracker = new BlockTracker();
    const doc: Record<string, CheckBlock> = { a: paragraph('b1', 'أول'), b: paragraph('b2', 'ثان'), c: paragraph('b3', 'ثالث') };
    const reads: string[] = [];
    const read = (key: string) => {
      reads.push(key);
      return doc[key]!;
    };
    expect(tracker.update(['a', 'b', 'c'], () => true, read)).toEqual({ changed: Object.values(doc), order: ['b1', 'b2', 'b3'] });

    reads.length = 0;
    doc.b = paragraph('b2', 'ثاني');
    expect(tracker.update(['a', 'b', 'c'], (key) => key === 'b', read)).toEqual({ changed: [doc.b] });
    expect(reads).toEqual(['b']);

    // Dirty but unchanged (a format change): nothing to send.
    expect(tracker.update(['a', 'b', 'c'], (key) => key === 'c', read)).toBeNull();
  });

  it('sends the new order when a block is removed or inserted, and skips blocks without text', () => {
    const tracker = new BlockTracker();
    const doc: Record<string, CheckBlock | null> = { a: paragraph('b1', 'أ'), b: paragraph('b2', 'ب'), img: null };
    const read = (key: string) => doc[key] ?? null;
    tracker.update(['a', 'img', 'b'], () => true, read);
    expect(tracker.update(['b'], () => false, read)).toEqual({ changed: [], order: ['b2'] });
    doc.n = paragraph('b9', 'جديد');
    expect(tracker.update(['n', 'b'], (key) => key === 'n', read)).toEqual({ changed: [doc.n], order: ['b9', 'b2'] });
    tracker.reset();
    expect(tracker.update(['n', 'b'], () => false, read)?.changed).toHaveLength(2);
  });
});
