import { $isElementNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isDeletionNode } from '../../editor/nodes/DeletionNode';
import { $isFormatChangeNode } from '../../editor/nodes/FormatChangeNode';
import { $isInsertionNode } from '../../editor/nodes/InsertionNode';
import { $isQuoteNode } from '../../editor/nodes/QuoteNode';
import { $getSuggestedSplit, $setSuggestedSplit } from './suggestedSplit';
import { $suggestionCarriers, $suggestionIdOf, type SuggestionCarrier } from './suggestionNodes';

type Decision = 'accept' | 'reject';

/** Replaces a wrapper by its content, in place. */
function $unwrap(node: ElementNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

function $setTextFormat(node: LexicalNode, format: number): void {
  if ($isTextNode(node)) node.setFormat(format);
  else if ($isElementNode(node)) for (const child of node.getChildren()) $setTextFormat(child, format);
}

function $resolve(carrier: SuggestionCarrier, decision: Decision): void {
  // Gone with an enclosing suggestion resolved just before (a deletion inside a rejected insertion).
  if (!carrier.isAttached()) return;
  const keep = decision === 'accept';
  if ($isInsertionNode(carrier)) {
    if (keep) $unwrap(carrier);
    else carrier.remove();
  } else if ($isDeletionNode(carrier)) {
    if (keep) carrier.remove();
    else $unwrap(carrier);
  } else if ($isFormatChangeNode(carrier)) {
    if (!keep) $setTextFormat(carrier, carrier.getPreviousFormat());
    $unwrap(carrier);
  } else if ($isQuoteNode(carrier)) {
    const suggestion = carrier.getAttributionSuggestion();
    const quote = keep && suggestion ? carrier.setAttribution(suggestion.attribution) : carrier;
    quote.setAttributionSuggestion(null);
  } else if ($getSuggestedSplit(carrier)) {
    const before = carrier.getPreviousSibling();
    // Rejecting a paragraph break joins the block back onto the one it was split from.
    if (!keep && $isElementNode(before) && !before.isInline()) {
      before.append(...carrier.getChildren());
      carrier.remove();
    } else {
      $setSuggestedSplit(carrier, null);
    }
  }
}

function $resolveWhere(match: (id: string) => boolean, decision: Decision): number {
  const carriers = $suggestionCarriers().filter((carrier) => match($suggestionIdOf(carrier) ?? ''));
  for (const carrier of carriers) $resolve(carrier, decision);
  return carriers.length;
}

/** Makes suggestion `id` part of the text (all its parts: both halves of a replacement). Returns how many nodes it touched. */
export function $acceptSuggestion(id: string): number {
  return $resolveWhere((candidate) => candidate === id, 'accept');
}

/** Drops suggestion `id`, putting back the text as it was. Returns how many nodes it touched. */
export function $rejectSuggestion(id: string): number {
  return $resolveWhere((candidate) => candidate === id, 'reject');
}

export function $acceptAll(): number {
  return $resolveWhere(() => true, 'accept');
}

export function $rejectAll(): number {
  return $resolveWhere(() => true, 'reject');
}
