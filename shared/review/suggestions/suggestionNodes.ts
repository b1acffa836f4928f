import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isQuoteNode, type QuoteNode } from '../../editor/nodes/QuoteNode';
import { SuggestionNode } from '../../editor/nodes/SuggestionNode';
import { $getSuggestedSplit } from './suggestedSplit';

/** A node that carries a pending suggestion: an inline wrapper, a quote with a proposed source, or a block split off. */
export type SuggestionCarrier = SuggestionNode | QuoteNode | ElementNode;

export function $suggestionIdOf(node: LexicalNode): string | undefined {
  if (node instanceof SuggestionNode) return node.getSuggestionId();
  if ($isQuoteNode(node)) return node.getAttributionSuggestion()?.suggestionId;
  if ($isElementNode(node) && !node.isInline()) return $getSuggestedSplit(node)?.suggestionId;
  return undefined;
}

/** Every suggestion carrier in document order (a wrapper before what it wraps). */
export function $suggestionCarriers(): SuggestionCarrier[] {
  const found: SuggestionCarrier[] = [];
  const visit = (node: LexicalNode) => {
    if ($suggestionIdOf(node) !== undefined) found.push(node as SuggestionCarrier);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}
