import { $createTextNode, $getRoot, IS_BOLD, type LexicalNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createKickerNode, $isKickerNode } from './KickerNode';
import { $createLeadNode, $isLeadNode } from './LeadNode';
import type { TopBlockNode } from './TopBlockNode';

// The kicker and the lead are the same kind of fixed single-line block at the top of the article.
describe.each([
  { type: 'midad-kicker', create: $createKickerNode, is: $isKickerNode },
  { type: 'midad-lead', create: $createLeadNode, is: $isLeadNode },
] as { type: string; create: () => TopBlockNode; is: (node: LexicalNode | null | undefined) => boolean }[])(
  '$type',
  ({ type, create, is }) => {
    const editor = () => editorWith(() => $getRoot().append(create().setDirection('rtl').append($createTextNode('نص UB40'))));

    it('round-trips through JSON with its direction', () => {
      const { first, second } = roundTrip(editor());
      expect(second).toBe(first);
      expect(JSON.parse(first).root.children[0]).toMatchObject({ type, direction: 'rtl' });
    });

    it('exports a marked paragraph that imports back as itself; a plain <p> stays a paragraph', () => {
      const html = exportHtml(editor());
      expect(html).toBe(`<p dir="rtl" data-${type}="true"><span style="white-space: pre-wrap;">نص UB40</span></p>`);
      expect(importHtml(html).map((block) => block.type)).toEqual([type]);
      expect(importHtml('<p>نص</p>').map((block) => block.type)).toEqual(['paragraph']);
    });

    it('is one plain line that Backspace cannot merge away', () => {
      editor().update(
        () => {
          const block = $getRoot().getFirstChildOrThrow();
          if (!is(block)) throw new Error('expected the block');
          const top = block as TopBlockNode;
          const text = top.getFirstChildOrThrow<TextNode>();
          text.setFormat(IS_BOLD);
          top.$normalizeContent();
          expect(text.getLatest().getFormat()).toBe(0);
          expect(top.collapseAtStart()).toBe(true);
          expect(top.insertNewAfter(null, false).getDirection()).toBe('rtl');
        },
        { discrete: true },
      );
    });
  },
);
