import type { LexicalEditor } from 'lexical';
import type { SuggestionMeta } from '../../../../shared/editor/nodes/SuggestionNode';
import { $isQuoteNode, QuoteNode } from '../../../../shared/editor/nodes/QuoteNode';
import type { Attribution } from '../../../../shared/model/source';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * In suggestion mode, giving a quote another source (from the quote popover
 * or anywhere else) becomes a proposal: the quote keeps its source and
 * carries the new one as its pending suggestion. Accepting or rejecting
 * touches the suggestion itself, so it is never caught here.
 */
export function registerAttributionSuggestions(editor: LexicalEditor, meta: () => SuggestionMeta): () => void {
  return editor.registerNodeTransform(QuoteNode, (quote) => {
    const before = editor.getEditorState().read(() => {
      const previous = editor.getEditorState()._nodeMap.get(quote.getKey());
      return $isQuoteNode(previous) ? { attribution: previous.getAttribution(), suggestion: previous.getAttributionSuggestion() } : null;
    });
    if (!before) return;
    const attribution: Attribution = quote.getAttribution();
    if (same(attribution, before.attribution) || !same(quote.getAttributionSuggestion(), before.suggestion)) return;
    quote.setAttribution(before.attribution).setAttributionSuggestion({ ...meta(), attribution });
  });
}
