import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isQuoteNode, type QuoteNode } from '../../editor/nodes/QuoteNode';
import { SuggestionNode } from '../../editor/nodes/SuggestionNode';

/** A node that carries a pending suggestion: an inline wrapper, or a quote with a proposed source. */
export type SuggestionCarrier = SuggestionNode | QuoteNode;

export function $suggestionIdOf(node: LexicalNode): string | undefined {
  if (node instanceof SuggestionNode) return node.getSuggestionId();
  if ($isQuoteNode(node)) return node.getAttributionSuggestion()?.suggestionId;
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
