import type { Attribution } from '../../../../shared/model/source';
import { inlineHtml } from './inline';
import { delimitBlock, element, escapeText, joinBlocks } from './markup';
import { attributionOf, type BlockNode } from './nodes';
import { paragraphBlock } from './textBlocks';

/** Who a quote is cited to, as the reader sees it; '' for anonymous sources. */
export type CitationText = (attribution: Attribution) => string;

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list']);

/**
 * A pull quote becomes core/quote (WordPress 6.1's quote holds paragraph
 * blocks), its attribution the `<cite>` after them.
 */
export function quoteBlock(node: BlockNode, citation: CitationText): string {
  const children = node.children ?? [];
  const paragraphs = children.some((child) => BLOCK_TYPES.has(child.type))
    ? children.map((child) => paragraphBlock(inlineHtml(child.children ?? [])))
    : [paragraphBlock(inlineHtml(children))];
  const cited = citation(attributionOf(node)).trim();
  const cite = cited ? element('cite', {}, escapeText(cited)) : '';
  return delimitBlock('quote', {}, element('blockquote', { class: 'wp-block-quote' }, joinBlocks(paragraphs) + cite));
}
