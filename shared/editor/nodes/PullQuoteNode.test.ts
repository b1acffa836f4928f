import { $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createPullQuoteNode, $isPullQuoteNode } from './PullQuoteNode';

const attribution = { sourceId: 'state-dept-01', channel: 'report' } as const;
const build = () =>
  editorWith(() =>
    $getRoot().append($createPullQuoteNode(attribution).setDirection('rtl').append($createTextNode('الولايات المتحدة والمغرب يجمعهما تعاون قوي'))),
  );

describe('PullQuoteNode', () => {
  it('round-trips its attribution through JSON', () => {
    const { first, second } = roundTrip(build());
    expect(second).toBe(first);
    expect(JSON.parse(first).root.children[0]).toMatchObject({ type: 'midad-pullquote', attribution, direction: 'rtl' });
  });

  it('exports a blockquote with its source that imports back as the same pull quote', () => {
    const html = exportHtml(build());
    expect(html).toMatch(/^<blockquote dir="rtl" data-midad-pullquote="true" data-source-id="state-dept-01" data-channel="report">/);
    expect(importHtml(html)).toEqual([expect.objectContaining({ type: 'midad-pullquote', attribution })]);
  });

  it('turns any pasted blockquote (paragraphs and a <cite> inside) into one pull quote without the cite text', () => {
    const [quote] = importHtml('<blockquote class="wp-block-quote"><p>سطر أول</p><p>سطر ثان</p><cite>الحافيظي</cite></blockquote>');
    expect(quote?.type).toBe('midad-pullquote');
    const children = quote?.children as Array<Record<string, unknown>>;
    expect(children.map((child) => child.text ?? child.type)).toEqual(['سطر أول', 'linebreak', 'سطر ثان']);
  });

  it('goes back to a paragraph on Backspace at its start, keeping the text', () => {
    build().update(
      () => {
        const quote = $getRoot().getFirstChildOrThrow();
        if (!$isPullQuoteNode(quote)) throw new Error('expected a pull quote');
        quote.collapseAtStart();
        expect($getRoot().getFirstChildOrThrow().getType()).toBe('paragraph');
        expect($getRoot().getTextContent()).toContain('تعاون قوي');
      },
      { discrete: true },
    );
  });
});
