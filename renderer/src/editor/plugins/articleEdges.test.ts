import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { articleNodes } from '../../../../shared/editor/nodes';
import { $moveToArticleEdge, articleEdgeForKey, type ArticleEdge } from './articleEdges';

const key = (name: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({ key: name, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('articleEdgeForKey', () => {
  it('reads Ctrl+Home/End, and Cmd+Home/End and Cmd+Up/Down on a Mac', () => {
    expect(articleEdgeForKey(key('Home', { ctrlKey: true }))).toBe('start');
    expect(articleEdgeForKey(key('End', { ctrlKey: true }))).toBe('end');
    expect(articleEdgeForKey(key('End', { metaKey: true }))).toBe('end');
    expect(articleEdgeForKey(key('ArrowUp', { metaKey: true }))).toBe('start');
    expect(articleEdgeForKey(key('ArrowDown', { metaKey: true }))).toBe('end');
  });

  it('leaves the line keys, Ctrl+arrows and Alt combinations to the browser', () => {
    expect(articleEdgeForKey(key('End'))).toBeNull();
    expect(articleEdgeForKey(key('Home'))).toBeNull();
    expect(articleEdgeForKey(key('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(articleEdgeForKey(key('End', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('$moveToArticleEdge', () => {
  /** Three paragraphs, the caret three letters into the second; returns the selection after the move. */
  function moveFromMiddle(edge: ArticleEdge, extend: boolean) {
    const editor = createEditor({ namespace: 'edges', nodes: articleNodes, onError: (error) => { throw error; } });
    editor.update(
      () => {
        const texts = ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'].map((text) => $createTextNode(text));
        $getRoot().append(...texts.map((text) => $createParagraphNode().append(text)));
        const caret = $createRangeSelection();
        caret.anchor.set(texts[1]!.getKey(), 3, 'text');
        caret.focus.set(texts[1]!.getKey(), 3, 'text');
        $setSelection(caret);
        $moveToArticleEdge(edge, extend);
      },
      { discrete: true },
    );
    return editor.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no range selection');
      const describe = (point: typeof selection.anchor) => [point.getNode().getTextContent(), point.offset];
      return { anchor: describe(selection.anchor), focus: describe(selection.focus) };
    });
  }

  it('puts the caret after the last letter or before the first', () => {
    expect(moveFromMiddle('end', false)).toEqual({ anchor: ['الفقرة الثالثة', 14], focus: ['الفقرة الثالثة', 14] });
    expect(moveFromMiddle('start', false)).toEqual({ anchor: ['الفقرة الأولى', 0], focus: ['الفقرة الأولى', 0] });
  });

  it('with Shift, selects from where the caret was', () => {
    expect(moveFromMiddle('end', true)).toEqual({ anchor: ['الفقرة الثانية', 3], focus: ['الفقرة الثالثة', 14] });
    expect(moveFromMiddle('start', true)).toEqual({ anchor: ['الفقرة الثانية', 3], focus: ['الفقرة الأولى', 0] });
  });
});
