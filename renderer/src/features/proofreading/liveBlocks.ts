import { $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $isQuoteNode } from '../../../../shared/editor/nodes';
import { $getBlockId } from '../../../../shared/editor/blockIds';
import type { BlockKind, CheckBlock, QuoteRange } from '../../../../shared/proofreading/types';

const KINDS: Record<string, BlockKind> = {
  'midad-headline': 'headline',
  'midad-kicker': 'kicker',
  'midad-lead': 'lead',
  heading: 'intertitle',
  'midad-pullquote': 'quote',
};

/** Where a run of block text sits in the live editor: a text node and the block offset it starts at. */
export interface TextRun {
  key: NodeKey;
  start: number;
  end: number;
}

/**
 * Walks a top-level block the way `documentBlocks` walks the saved document, so
 * live offsets and saved offsets agree; also answers which text node holds each
 * stretch of text, to paint and fix findings.
 */
function $walk(node: LexicalNode, out: { text: string; quotes: QuoteRange[]; runs: TextRun[] }): void {
  if ($isTextNode(node)) {
    const start = out.text.length;
    out.text += node.getTextContent();
    out.runs.push({ key: node.getKey(), start, end: out.text.length });
    return;
  }
  if ($isLineBreakNode(node)) {
    out.text += '\n';
    return;
  }
  if (!$isElementNode(node)) return;
  const start = out.text.length;
  for (const child of node.getChildren()) $walk(child, out);
  if ($isQuoteNode(node)) {
    const attribution = node.getAttribution();
    out.quotes.push({ start, end: out.text.length, kind: node.getQuoteKind(), attributed: Boolean(attribution.sourceId || attribution.channel) });
  }
}

/** A block's id: its persisted one, or its node key while the id transform has not named it yet. */
export function $blockIdOf(node: LexicalNode): string {
  return $getBlockId(node) || `key-${node.getKey()}`;
}

/** The block as the proofreader reads it, or null for blocks with no text (pictures, embeds). */
export function $readBlock(node: LexicalNode): CheckBlock | null {
  if (!$isElementNode(node)) return null;
  const out = $textAndRuns(node);
  return { id: $blockIdOf(node), kind: KINDS[node.getType()] ?? 'paragraph', text: out.text, ...(out.quotes.length && { quoteRanges: out.quotes }) };
}

/** The text runs of a block, in order. */
export function $textRuns(block: ElementNode): TextRun[] {
  return $textAndRuns(block).runs;
}

/** A block's text as the proofreader reads it, its quotes, and the text node behind each stretch of it, in one walk. */
export function $textAndRuns(block: ElementNode): { text: string; quotes: QuoteRange[]; runs: TextRun[] } {
  const out = { text: '', quotes: [] as QuoteRange[], runs: [] as TextRun[] };
  $walk(block, out);
  return out;
}

/** The text node and offset holding block offset `offset`; at a boundary, the run ending there when `preferEnd`. */
export function pointIn(runs: readonly TextRun[], offset: number, preferEnd: boolean): { key: NodeKey; offset: number } | null {
  const run = runs.find((candidate) => (preferEnd ? candidate.start < offset && offset <= candidate.end : candidate.start <= offset && offset < candidate.end))
    ?? runs.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  return run ? { key: run.key, offset: offset - run.start } : null;
}
