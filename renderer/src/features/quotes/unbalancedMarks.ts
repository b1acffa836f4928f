import { findQuoteMarks } from '../../../../shared/text/quoteMarks';

const HIGHLIGHT = 'midad-unbalanced-quote';

/** DOM ranges of the quotation marks without a pair in one block, read across its text nodes (bold inside a quote and all). */
function unbalancedRanges(block: Element): Range[] {
  // The check reruns over the whole article after each pause in typing: the block's text comes in one
  // native read (the same characters as its text nodes in order), and only a block with an unpaired
  // mark, a rare one, has its text nodes walked to place the ranges.
  const unbalanced = findQuoteMarks(block.textContent ?? '').unbalanced;
  if (unbalanced.length === 0) return [];
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const pieces: Array<{ node: Text; start: number }> = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    pieces.push({ node: node as Text, start: length });
    length += (node as Text).data.length;
  }
  return unbalanced.map(({ offset }) => {
    const piece = pieces.findLast((candidate) => candidate.start <= offset)!;
    const range = doc.createRange();
    range.setStart(piece.node, offset - piece.start);
    range.setEnd(piece.node, offset - piece.start + 1);
    return range;
  });
}

/**
 * Marks quotation marks that do not pair with the CSS highlight
 * `::highlight(midad-unbalanced-quote)`, without touching the document, and
 * answers how many there are (the sources panel lists them for screen readers).
 */
export function markUnbalanced(root: HTMLElement): number {
  const ranges = [...root.children].flatMap(unbalancedRanges);
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightClass) {
    if (ranges.length > 0) registry.set(HIGHLIGHT, new HighlightClass(...ranges));
    else registry.delete(HIGHLIGHT);
  }
  return ranges.length;
}
