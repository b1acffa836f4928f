import { $getRoot, $isElementNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $isPullQuoteNode, $isQuoteNode, type QuoteNode } from '../../../../shared/editor/nodes';
import type { Attribution } from '../../../../shared/model/source';

export const OPEN_MARK = '\u201C';
export const CLOSE_MARK = '\u201D';

/** One quote of the open draft, as the sources panel and the sync read it. */
export interface DraftQuote {
  key: NodeKey;
  kind: 'inline' | 'pullquote';
  quoteKind: 'speech' | 'term';
  text: string;
  attribution: Attribution;
}

/** Every inline and pull quote, in document order. */
export function $collectQuotes(): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  const visit = (node: LexicalNode) => {
    if ($isQuoteNode(node)) {
      quotes.push({ key: node.getKey(), kind: 'inline', quoteKind: node.getQuoteKind(), text: node.getTextContent(), attribution: node.getAttribution() });
      return;
    }
    if ($isPullQuoteNode(node)) {
      quotes.push({ key: node.getKey(), kind: 'pullquote', quoteKind: 'speech', text: node.getTextContent(), attribution: node.getAttribution() });
    }
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return quotes;
}

/** A block's text with its quote nodes' marks written in, as the quote analysis reads text. */
function $textWithMarks(block: ElementNode, target: QuoteNode | undefined, found: { start?: number }): string {
  let text = '';
  for (const child of block.getChildren()) {
    if ($isQuoteNode(child)) {
      if (child.is(target)) found.start = text.length;
      text += OPEN_MARK + child.getTextContent() + CLOSE_MARK;
    } else if ($isElementNode(child) && child.isInline()) {
      text += $textWithMarks(child, target, found);
    } else {
      text += child.getTextContent();
    }
  }
  return text;
}

/** The article's blocks as the quote analysis wants them, and where `quote` opens among them. */
export function $paragraphsAround(quote: QuoteNode): { paragraphs: string[]; target: { paragraph: number; start: number } } | undefined {
  const paragraphs: string[] = [];
  let target: { paragraph: number; start: number } | undefined;
  for (const block of $getRoot().getChildren()) {
    if (!$isElementNode(block)) continue;
    const found: { start?: number } = {};
    paragraphs.push($textWithMarks(block, quote, found));
    if (found.start !== undefined) target = { paragraph: paragraphs.length - 1, start: found.start };
  }
  return target && { paragraphs, target };
}
