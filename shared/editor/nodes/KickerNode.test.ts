import { $createTextNode, $getRoot, IS_BOLD, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createKickerNode, $isKickerNode } from './KickerNode';

describe('KickerNode', () => {
  const editor = () => editorWith(() => $getRoot().append($createKickerNode().setDirection('rtl').append($createTextNode('نص kicker UB40'))));

  it('round-trips through JSON with its direction', () => {
    const { first, second } = roundTrip(editor());
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0]).toMatchObject({ type: 'midad-kicker', direction: 'rtl' });
  });

  it('exports a marked paragraph that imports back as itself; a plain <p> stays a paragraph', () => {
    const html = exportHtml(editor());
    expect(html).toBe('<p dir="rtl" data-midad-kicker="true"><span style="white-space: pre-wrap;">نص kicker UB40</span></p>');
    expect(importHtml(html).map((block) => block.type)).toEqual(['midad-kicker']);
    expect(importHtml('<p>نص</p>').map((block) => block.type)).toEqual(['paragraph']);
  });

  it('is one plain line that Backspace cannot merge away', () => {
    editor().update(
      () => {
        const block = $getRoot().getFirstChildOrThrow();
        if (!$isKickerNode(block)) throw new Error('expected the block');
        const text = block.getFirstChildOrThrow<TextNode>();
        text.setFormat(IS_BOLD);
        block.$normalizeContent();
        expect(text.getLatest().getFormat()).toBe(0);
        expect(block.collapseAtStart()).toBe(true);
        expect(block.insertNewAfter(null, false).getDirection()).toBe('rtl');
      },
      { discrete: true },
    );
  });
});
