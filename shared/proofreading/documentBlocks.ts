import type { ArticleDocument, SerializedNodeShape } from '../model/document';
import type { BlockKind, CheckBlock, QuoteRange } from './types';

const KINDS: Record<string, BlockKind> = {
  'midad-headline': 'headline',
  'midad-kicker': 'kicker',
  'midad-lead': 'lead',
  heading: 'intertitle',
  'midad-pullquote': 'quote',
};
/** Blocks with no text to proofread. */
const SKIPPED = new Set(['midad-image', 'midad-gallery', 'midad-embed', 'midad-separator']);

/** A node field, flat on the node or inside Lexical's NodeState (`$`). */
function field(node: SerializedNodeShape, key: string): unknown {
  const state = node.$ as Record<string, unknown> | undefined;
  return node[key] ?? state?.[key];
}

function isAttributed(node: SerializedNodeShape): boolean {
  const attribution = field(node, 'attribution') as { sourceId?: string; channel?: string } | undefined;
  return Boolean(attribution?.sourceId || attribution?.channel);
}

/** Walks a block's inline nodes into its text and the spans of its `midad-quote` nodes. */
function collect(node: SerializedNodeShape, out: { text: string; quotes: QuoteRange[] }): void {
  if (typeof node.text === 'string') {
    out.text += node.text;
    return;
  }
  if (node.type === 'linebreak') out.text += '\n';
  else if (node.type === 'tab') out.text += '\t';
  const start = out.text.length;
  for (const child of node.children ?? []) collect(child, out);
  if (node.type === 'midad-quote') {
    out.quotes.push({ start, end: out.text.length, kind: field(node, 'quoteKind') === 'term' ? 'term' : 'speech', attributed: isAttributed(node) });
  }
}

/**
 * The blocks of a saved article as the proofreader reads them: each top-level
 * node's text (as `documentText` reads it), its kind, its persisted block id and
 * its quote nodes' spans.
 */
export function documentBlocks(document: ArticleDocument): CheckBlock[] {
  return document.root.children.flatMap((node, index) => {
    if (SKIPPED.has(node.type)) return [];
    const out = { text: '', quotes: [] as QuoteRange[] };
    collect(node, out);
    const id = field(node, 'blockId');
    return [{ id: typeof id === 'string' && id ? id : `block-${index}`, kind: KINDS[node.type] ?? 'paragraph', text: out.text, quoteRanges: out.quotes.length ? out.quotes : undefined }];
  });
}
