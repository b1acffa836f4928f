import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createSeparatorNode } from './SeparatorNode';

describe('SeparatorNode', () => {
  it('round-trips through JSON, exports an <hr> and imports one back', () => {
    const editor = editorWith(() => $getRoot().append($createSeparatorNode()));
    const { first, second } = roundTrip(editor);
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0].type).toBe('midad-separator');
    expect(exportHtml(editor)).toBe('<hr>');
    expect(importHtml('<p>أ</p><hr><p>ب</p>').map((block) => block.type)).toEqual(['paragraph', 'midad-separator', 'paragraph']);
  });
});
