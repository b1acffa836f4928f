import { $isDeletionNode } from '../../editor/nodes/DeletionNode';
import { $isFormatChangeNode } from '../../editor/nodes/FormatChangeNode';
import { $isInsertionNode } from '../../editor/nodes/InsertionNode';
import { $isQuoteNode } from '../../editor/nodes/QuoteNode';
import { SuggestionNode } from '../../editor/nodes/SuggestionNode';
import { $getBlockId } from '../../editor/blockIds';
import type { Attribution } from '../../model/source';
import { $getSuggestedSplit } from './suggestedSplit';
import { $suggestionCarriers } from './suggestionNodes';

export type SuggestionKind = 'insertion' | 'deletion' | 'replacement' | 'format' | 'attribution' | 'split';

export interface SuggestionSummary {
  id: string;
  kind: SuggestionKind;
  author: string;
  /** ISO 8601. */
  at: string;
  /** What the suggestion adds (insertion, replacement), removes (deletion), reformats, the quote it re-attributes, or the start of the block split off. */
  text: string;
  /** For a replacement: the words it removes. */
  replacedText?: string;
  /** For an attribution: the proposed source. */
  attribution?: Attribution;
  /** The top-level block it starts in ('' for a block without an id). */
  blockId: string;
}

function $isSuggestionNode(node: unknown): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

interface Parts {
  summary: SuggestionSummary;
  inserted: string;
  deleted: string;
}

/** Pending suggestions in document order, the halves of a replacement joined into one. */
export function $listSuggestions(): SuggestionSummary[] {
  const byId = new Map<string, Parts>();
  for (const carrier of $suggestionCarriers()) {
    const top = carrier.getTopLevelElement();
    const blockId = top ? $getBlockId(top) : '';
    if ($isQuoteNode(carrier)) {
      const suggestion = carrier.getAttributionSuggestion();
      if (!suggestion) continue;
      const { suggestionId: id, author, at, attribution } = suggestion;
      byId.set(id, { summary: { id, kind: 'attribution', author, at, text: carrier.getTextContent(), attribution, blockId }, inserted: '', deleted: '' });
      continue;
    }
    const split = $isQuoteNode(carrier) || $isSuggestionNode(carrier) ? null : $getSuggestedSplit(carrier);
    if (split) {
      const { suggestionId: id, author, at } = split;
      byId.set(id, { summary: { id, kind: 'split', author, at, text: carrier.getTextContent().slice(0, 60), blockId: $getBlockId(carrier) || blockId }, inserted: '', deleted: '' });
      continue;
    }
    if (!$isSuggestionNode(carrier)) continue;
    const { suggestionId: id, author, at } = carrier.getSuggestion();
    const kind: SuggestionKind = $isInsertionNode(carrier) ? 'insertion' : $isDeletionNode(carrier) ? 'deletion' : 'format';
    let parts = byId.get(id);
    if (!parts) {
      parts = { summary: { id, kind, author, at, text: '', blockId }, inserted: '', deleted: '' };
      byId.set(id, parts);
    } else if (parts.summary.kind !== kind && kind !== 'format') {
      parts.summary.kind = 'replacement';
    }
    const text = carrier.getTextContent();
    if ($isInsertionNode(carrier)) parts.inserted += text;
    else if ($isDeletionNode(carrier)) parts.deleted += text;
    else if ($isFormatChangeNode(carrier)) parts.summary.text += text;
  }
  return [...byId.values()].map(({ summary, inserted, deleted }) => {
    switch (summary.kind) {
      case 'insertion':
        return { ...summary, text: inserted };
      case 'deletion':
        return { ...summary, text: deleted };
      case 'replacement':
        return { ...summary, text: inserted, replacedText: deleted };
      default:
        return summary;
    }
  });
}
