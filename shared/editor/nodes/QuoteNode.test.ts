import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { $createQuoteNode, $isQuoteNode } from './QuoteNode';

const attribution = { sourceId: 'hafidi-0001', channel: 'to_us', titleUsed: 'الباحث في الشؤون الأمنية' } as const;

function paragraphWithQuote() {
  return editorWith(() => {
    const quote = $createQuoteNode('speech', attribution).append($createTextNode('ترفع المصالح الأمنية من درجة التأهب'));
    const term = $createQuoteNode('term').append($createTextNode('كيفاش'));
    $getRoot().append(
      $createParagraphNode()
        .setDirection('rtl')
        .append($createTextNode('أوضح الحافيظي أن '), quote, $createTextNode(' لموقع '), term),
    );
  });
}

describe('QuoteNode', () => {
  it('round-trips kind and attribution through JSON, flat on the node', () => {
    const editor = paragraphWithQuote();
    const { first, second } = roundTrip(editor);
    expect(second).toBe(first);
    const paragraph = JSON.parse(first).root.children[0];
    expect(paragraph.children[1]).toMatchObject({ type: 'midad-quote', quoteKind: 'speech', attribution });
    expect(paragraph.children[3]).toMatchObject({ type: 'midad-quote', quoteKind: 'term' });
    expect(paragraph.children[3].attribution).toBeUndefined();
  });

  it('exports an inline <q> carrying its kind and source, without quotation marks in the text', () => {
    const html = exportHtml(paragraphWithQuote());
    expect(html).toContain(
      '<q data-midad-quote="speech" data-source-id="hafidi-0001" data-channel="to_us" data-title-used="الباحث في الشؤون الأمنية">',
    );
    expect(html).toContain('<q data-midad-quote="term"><span');
    expect(html).not.toMatch(/[“”«»]/);
  });

  it('imports its own export back as quotes with their attribution; a plain <q> becomes an unattributed speech quote', () => {
    const [paragraph] = importHtml(exportHtml(paragraphWithQuote()));
    const children = paragraph?.children as Array<Record<string, unknown>>;
    expect(children.filter((child) => child.type === 'midad-quote')).toEqual([
      expect.objectContaining({ quoteKind: 'speech', attribution }),
      expect.objectContaining({ quoteKind: 'term' }),
    ]);
    const [plain] = importHtml('<p>قال <q data-source-id="not a valid id!">نص</q></p>');
    const quote = (plain?.children as Array<Record<string, unknown>>).find((child) => child.type === 'midad-quote');
    expect(quote).toMatchObject({ quoteKind: 'speech' });
    expect(quote?.attribution).toBeUndefined();
  });

  it('is inline, keeps typing outside its edges and can switch kind', () => {
    paragraphWithQuote().update(
      () => {
        const paragraph = $getRoot().getFirstChild();
        const quote = $isElementNode(paragraph) ? paragraph.getChildren().find($isQuoteNode) : undefined;
        expect(quote?.isInline()).toBe(true);
        expect(quote?.canInsertTextAfter()).toBe(false);
        expect(quote?.setQuoteKind('term').getQuoteKind()).toBe('term');
      },
      { discrete: true },
    );
  });
});
