import type { ArticleDocument, SerializedNodeShape } from '../../../shared/model/document';
import { attributionSchema, type Attribution } from '../../../shared/model/source';

export const QUOTE_NODE_TYPE = 'midad-quote';
export const PULLQUOTE_NODE_TYPE = 'midad-pullquote';

/** A quote as saved in a document, attributed to a source. */
export interface DocumentQuote {
  kind: 'inline' | 'pullquote';
  text: string;
  attribution: Attribution;
}

function textOf(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The attributed quotes of a saved document, read from its JSON: the inline
 * `midad-quote` nodes of speech (terms have no source) and the
 * `midad-pullquote` blocks. No editor is needed, so the directory can index
 * thousands of drafts from the Node process. Lexical omits a flat state left
 * at its default, so a missing `quoteKind` is speech and a missing or
 * malformed `attribution` is none.
 */
export function documentQuotes(document: ArticleDocument): DocumentQuote[] {
  const quotes: DocumentQuote[] = [];
  const visit = (node: SerializedNodeShape): void => {
    const isInline = node.type === QUOTE_NODE_TYPE;
    if ((isInline && node.quoteKind !== 'term') || node.type === PULLQUOTE_NODE_TYPE) {
      const attribution = attributionSchema.safeParse(node.attribution ?? {});
      quotes.push({ kind: isInline ? 'inline' : 'pullquote', text: textOf(node), attribution: attribution.success ? attribution.data : {} });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of document.root.children) visit(child as SerializedNodeShape);
  return quotes;
}
