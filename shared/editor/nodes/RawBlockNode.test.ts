import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, roundTrip } from '../testing/nodeHarness';
import { $createRawBlockNode } from './RawBlockNode';

describe('RawBlockNode', () => {
  it('round-trips its markup byte for byte through JSON and never renders it in an export', () => {
    const markup = '<!-- wp:columns -->\n<div class="wp-block-columns"><script>x</script></div>\n<!-- /wp:columns -->';
    const editor = editorWith(() => $getRoot().append($createRawBlockNode('core/columns', markup)));
    const { first, second } = roundTrip(editor);
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0]).toMatchObject({ type: 'midad-rawblock', name: 'core/columns', markup });
    expect(exportHtml(editor)).toBe('<div data-midad-rawblock="core/columns"></div>');
  });
});
