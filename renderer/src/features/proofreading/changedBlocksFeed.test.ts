import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleNodes } from '../../../../shared/editor/nodes';
import type { BlockDelta } from './blockTracker';
import { followChangedBlocks } from './changedBlocksFeed';

const PAUSE_MS = 150;

let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});
beforeEach(() => vi.useFakeTimers());

function editorWith(paragraphs: string[]): LexicalEditor {
  const editor = createEditor({
    namespace: 'changed-blocks',
    nodes: articleNodes,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))), { discrete: true });
  return editor;
}

/** A clock that moves one millisecond each time it is read: every block read costs 1 ms. */
function tickingClock(): () => number {
  let ms = 0;
  return () => ms++;
}

const texts = (deltas: BlockDelta[]) => deltas.flatMap((delta) => delta.changed.map((block) => block.text));

describe('followChangedBlocks', () => {
  it('reads the whole article after the pause, a slice at a time, and sends it once', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `فقرة ${i}`);
    const editor = editorWith(paragraphs);
    const sent: BlockDelta[] = [];
    stop = followChangedBlocks(editor, (delta) => sent.push(delta), { pauseMs: PAUSE_MS, sliceMs: 3, now: tickingClock() });

    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    // Twelve blocks at 1 ms each in slices of 3 ms: not done in the first task.
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(sent).toHaveLength(1);
    expect(texts(sent)).toEqual(paragraphs);
    expect(sent[0]!.order).toHaveLength(12);
  });

  it('sends only the blocks typed in since, and reads again a block edited between two slices', () => {
    const editor = editorWith(Array.from({ length: 12 }, (_, i) => `فقرة ${i}`));
    const sent: BlockDelta[] = [];
    stop = followChangedBlocks(editor, (delta) => sent.push(delta), { pauseMs: PAUSE_MS, sliceMs: 3, now: tickingClock() });
    vi.runAllTimers();
    sent.length = 0;

    const edit = (index: number, text: string) =>
      editor.update(() => $getRoot().getChildAtIndex<ElementNode>(index)!.getFirstChild<TextNode>()!.setTextContent(text), { discrete: true });
    edit(2, 'فقرة معدلة');
    edit(9, 'أخرى معدلة');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(sent).toEqual([]);
    // Between the slices the first block read is edited again: its newest text is what goes out.
    edit(2, 'فقرة معدلة مرتين');
    vi.runAllTimers();
    expect(sent).toHaveLength(1);
    expect(texts(sent)).toEqual(['فقرة معدلة مرتين', 'أخرى معدلة']);
    expect(sent[0]!.order).toBeUndefined();
  });
});
