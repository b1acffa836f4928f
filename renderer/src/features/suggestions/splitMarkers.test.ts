import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { articleNodes } from '../../../../shared/editor/nodes';
import { $setSuggestedSplit } from '../../../../shared/review/suggestions/suggestedSplit';
import { registerSplitMarkers } from './splitMarkers';

const meta = { suggestionId: 's-split', author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };

let stop = () => {};
afterEach(() => stop());

/** A live editor on a DOM root with three paragraphs, the second split off as a suggestion. */
function setup(): { editor: LexicalEditor; element: (index: number) => HTMLElement } {
  const editor = createEditor({
    namespace: 'split-markers',
    nodes: articleNodes,
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(document.createElement('div'));
  editor.update(
    () => {
      $getRoot().append(...['أول', 'ثان', 'ثالث'].map((text) => $createParagraphNode().append($createTextNode(text))));
      $setSuggestedSplit($getRoot().getChildAtIndex(1)!, meta);
    },
    { discrete: true },
  );
  stop = registerSplitMarkers(editor);
  return { editor, element: (index) => editor.getElementByKey(editor.read(() => $getRoot().getChildAtIndex(index)!.getKey()))! };
}

describe('suggested split markers', () => {
  it('marks the block a suggested break starts, and clears the mark when the suggestion goes', () => {
    const { editor, element } = setup();
    expect(element(1).getAttribute('data-suggested-split')).toBe('s-split');
    expect(element(0).hasAttribute('data-suggested-split')).toBe(false);
    editor.update(() => void $setSuggestedSplit($getRoot().getChildAtIndex(1)!, null), { discrete: true });
    expect(element(1).hasAttribute('data-suggested-split')).toBe(false);
  });

  it('typing in one block looks at that block only, not at the whole article', () => {
    const { editor, element } = setup();
    // Lexical marks the root dirty on purpose on every keystroke (to cache its text); that must not walk every block.
    element(1).removeAttribute('data-suggested-split');
    editor.update(() => $getRoot().getAllTextNodes()[0]!.setTextContent('أولى'), { discrete: true });
    expect(element(1).hasAttribute('data-suggested-split')).toBe(false);
  });

  it('marks every block again when a whole new document is set', () => {
    const { editor, element } = setup();
    element(1).removeAttribute('data-suggested-split');
    editor.setEditorState(editor.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(element(1).getAttribute('data-suggested-split')).toBe('s-split');
  });
});
