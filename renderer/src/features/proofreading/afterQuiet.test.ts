import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type ElementNode, type LexicalEditor } from 'lexical';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleNodes } from '../../../../shared/editor/nodes';
import { afterQuiet } from './afterQuiet';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function arabicEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'after-quiet', nodes: articleNodes, onError: (error) => { throw error; } });
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('قال الوزير'))), { discrete: true });
  return editor;
}

const type = (editor: LexicalEditor, text: string) =>
  editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(text)), { discrete: true });

describe('afterQuiet', () => {
  it('runs once an untouched article has been quiet for the whole delay', () => {
    const run = vi.fn();
    afterQuiet(arabicEditor(), 1_000, run);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while the text keeps changing, then runs once and never again', () => {
    const editor = arabicEditor();
    const run = vi.fn();
    afterQuiet(editor, 1_000, run);
    for (let key = 0; key < 10; key++) {
      vi.advanceTimersByTime(600);
      type(editor, 'ي');
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    type(editor, 'ن');
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not count a caret move as an edit', () => {
    const editor = arabicEditor();
    const run = vi.fn();
    afterQuiet(editor, 1_000, run);
    vi.advanceTimersByTime(600);
    editor.update(() => $getRoot().getFirstChildOrThrow().selectStart(), { discrete: true });
    vi.advanceTimersByTime(400);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const editor = arabicEditor();
    const run = vi.fn();
    afterQuiet(editor, 1_000, run)();
    type(editor, 'ي');
    vi.advanceTimersByTime(5_000);
    expect(run).not.toHaveBeenCalled();
  });
});
