import { nodeText } from '../../editor/documentText';
import type { SerializedNodeShape } from '../../model/document';
import { attributionSchema, type Attribution, type Source } from '../../model/source';
import type { AlignedBlock } from './alignBlocks';
import type { ArticleBlock } from './articleBlocks';
import type { AttributionPart, Quote, QuoteChange } from './comparison';
import { pairBySimilarity } from './similarity';

// The node types of shared/editor/nodes, named here so compare reads JSON without loading Lexical.
const QUOTE_NODE_TYPE = 'midad-quote';
const PULL_QUOTE_NODE_TYPE = 'midad-pullquote';

/** Below this share of words two quotes in the same block are a removal and an addition. */
const SIMILAR_QUOTES = 0.4;

interface FoundQuote {
  block: ArticleBlock;
  quote: Quote;
}

function attributionOf(node: SerializedNodeShape): Attribution {
  const parsed = attributionSchema.safeParse(node.attribution ?? {});
  return parsed.success ? parsed.data : {};
}

function quoteOf(block: ArticleBlock, node: SerializedNodeShape, kind: Quote['kind'], sources: readonly Source[] | undefined): Quote {
  const attribution = attributionOf(node);
  const source = attribution.sourceId ? sources?.find((candidate) => candidate.id === attribution.sourceId) : undefined;
  return {
    kind,
    quoteKind: node.quoteKind === 'term' ? 'term' : 'speech',
    ...(block.blockId ? { blockId: block.blockId } : {}),
    // Inline quotes hold their words without marks; nodeText would add them.
    text: (node.children ?? []).map(nodeText).join('').trim(),
    attribution,
    ...(source ? { sourceName: source.name, sourceTitle: source.title } : {}),
  };
}

function inlineQuotes(block: ArticleBlock, node: SerializedNodeShape, sources: readonly Source[] | undefined, found: FoundQuote[]): void {
  for (const child of node.children ?? []) {
    if (child.type === QUOTE_NODE_TYPE) found.push({ block, quote: quoteOf(block, child, 'inline', sources) });
    else inlineQuotes(block, child, sources, found);
  }
}

/** Every pull quote and inline quote of the document, in reading order. */
export function quotesOf(blocks: readonly ArticleBlock[], sources: readonly Source[] | undefined): FoundQuote[] {
  const found: FoundQuote[] = [];
  for (const block of blocks) {
    if (block.type === PULL_QUOTE_NODE_TYPE) found.push({ block, quote: quoteOf(block, block.node, 'pull', sources) });
    inlineQuotes(block, block.node, sources, found);
  }
  return found;
}

const ownParts = ['sourceId', 'titleUsed', 'outlet', 'channel', 'at'] as const;

/** What differs between two attributions; the source's name and title count only when both sides know the sources. */
function attributionDiff(before: Quote, after: Quote, sourcesKnown: boolean): AttributionPart[] {
  const parts: AttributionPart[] = ownParts.filter((part) => before.attribution[part] !== after.attribution[part]);
  if (sourcesKnown && before.attribution.sourceId === after.attribution.sourceId) {
    if (before.sourceName !== after.sourceName) parts.push('sourceName');
    if (before.sourceTitle !== after.sourceTitle) parts.push('sourceTitle');
  }
  return parts;
}

/**
 * Quotes added, removed, reworded or re-attributed. Quotes are matched within
 * blocks the alignment paired (so a moved paragraph keeps its quotes), by
 * equal text and then by similar text, and finally by equal text anywhere (a
 * quote moved to another paragraph).
 */
export function quoteChanges(
  aligned: readonly AlignedBlock[],
  before: { blocks: readonly ArticleBlock[]; sources?: readonly Source[] },
  after: { blocks: readonly ArticleBlock[]; sources?: readonly Source[] },
): QuoteChange[] {
  const oldQuotes = quotesOf(before.blocks, before.sources);
  const newQuotes = quotesOf(after.blocks, after.sources);
  const partner = new Map<ArticleBlock, ArticleBlock>();
  for (const pair of aligned) if (pair.before && pair.after) partner.set(pair.before, pair.after);

  const matchOptions = {
    key: (found: FoundQuote) => found.quote.text,
    text: (found: FoundQuote) => found.quote.text,
    compatible: (a: FoundQuote, b: FoundQuote) => partner.get(a.block) === b.block && a.quote.kind === b.quote.kind,
    threshold: SIMILAR_QUOTES,
  };
  const pairs = pairBySimilarity(oldQuotes, newQuotes, matchOptions);
  const pairedOld = new Set(pairs.map(([a]) => a));
  const pairedNew = new Set(pairs.map(([, b]) => b));
  pairs.push(
    ...pairBySimilarity(
      oldQuotes.filter((found) => !pairedOld.has(found)),
      newQuotes.filter((found) => !pairedNew.has(found)),
      { ...matchOptions, compatible: (a, b) => a.quote.kind === b.quote.kind, threshold: 1.01 },
    ),
  );

  const sourcesKnown = before.sources !== undefined && after.sources !== undefined;
  const changes: QuoteChange[] = [];
  const matchedOld = new Set<FoundQuote>();
  const matchedNew = new Map<FoundQuote, FoundQuote>();
  for (const [a, b] of pairs) {
    matchedOld.add(a);
    matchedNew.set(b, a);
  }
  for (const found of newQuotes) {
    const old = matchedNew.get(found);
    if (!old) {
      changes.push({ status: 'added', textChanged: false, attributionChanged: [], after: found.quote });
      continue;
    }
    const textChanged = old.quote.text !== found.quote.text;
    const attributionChanged = attributionDiff(old.quote, found.quote, sourcesKnown);
    if (textChanged || attributionChanged.length > 0) {
      changes.push({ status: 'changed', textChanged, attributionChanged, before: old.quote, after: found.quote });
    }
  }
  for (const found of oldQuotes) {
    if (!matchedOld.has(found)) changes.push({ status: 'removed', textChanged: false, attributionChanged: [], before: found.quote });
  }
  return changes;
}
