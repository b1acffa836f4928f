import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../../../shared/editor/headless';
import { $createQuoteNode, $isQuoteNode, type QuoteNode } from '../../../../shared/editor/nodes/QuoteNode';
import { $listSuggestions } from '../../../../shared/review/suggestions/listSuggestions';
import { $acceptSuggestion, $rejectSuggestion } from '../../../../shared/review/suggestions/resolveSuggestions';
import { registerAttributionSuggestions } from './attributionSuggestions';

const meta = { suggestionId: 's-src', author: 'سعاد', at: '2026-11-22T10:00:00.000Z' };

function $quote(): QuoteNode {
  const quote = $getRoot().getAllTextNodes()[1]?.getParent();
  if (!$isQuoteNode(quote)) throw new Error('no quote');
  return quote;
}

function setup() {
  const editor = createArticleEditor();
  editor.update(
    () => $getRoot().append($createParagraphNode().append($createTextNode('وقال '), $createQuoteNode('speech', { sourceId: 'minister-0001' }).append($createTextNode('سنخفض الضرائب')))),
    { discrete: true },
  );
  const stop = registerAttributionSuggestions(editor, () => meta);
  const update = (change: () => void) => editor.update(change, { discrete: true });
  const read = <T,>(reader: () => T) => editor.read(reader);
  return { stop, update, read };
}

describe('attribution suggestions', () => {
  it('a new source becomes a pending suggestion; the quote keeps its source until accepted', () => {
    const { update, read } = setup();
    update(() => void $quote().setAttribution({ sourceId: 'spokesman-0002' }));
    expect(read(() => $quote().getAttribution())).toEqual({ sourceId: 'minister-0001' });
    expect(read($listSuggestions)).toMatchObject([{ kind: 'attribution', attribution: { sourceId: 'spokesman-0002' }, author: 'سعاد' }]);
    update(() => void $acceptSuggestion('s-src'));
    expect(read(() => $quote().getAttribution())).toEqual({ sourceId: 'spokesman-0002' });
    expect(read($listSuggestions)).toEqual([]);
  });

  it('rejecting keeps the old source; outside suggestion mode a change applies directly', () => {
    const { stop, update, read } = setup();
    update(() => void $quote().setAttribution({ sourceId: 'spokesman-0002' }));
    update(() => void $rejectSuggestion('s-src'));
    expect(read(() => $quote().getAttribution())).toEqual({ sourceId: 'minister-0001' });
    expect(read($listSuggestions)).toEqual([]);
    stop();
    update(() => void $quote().setAttribution({ sourceId: 'spokesman-0002' }));
    expect(read(() => $quote().getAttribution())).toEqual({ sourceId: 'spokesman-0002' });
  });
});
