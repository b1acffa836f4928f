import type { ArticleDocument, SerializedNodeShape } from '../../model/document';

const INSERTION = 'midad-insertion';
const DELETION = 'midad-deletion';
const FORMAT_CHANGE = 'midad-format-change';

function withFormat(node: SerializedNodeShape, format: number): SerializedNodeShape {
  if (typeof node.text === 'string') return { ...node, format };
  return node.children ? { ...node, children: node.children.map((child) => withFormat(child, format)) } : node;
}

/** A node's replacement when every suggestion is rejected: nothing, itself, or what it wrapped. */
function asRejected(node: SerializedNodeShape): SerializedNodeShape[] {
  const children = () => (node.children ?? []).flatMap(asRejected);
  switch (node.type) {
    case INSERTION:
      return [];
    case DELETION:
      return children();
    case FORMAT_CHANGE: {
      const previous = typeof node.previousFormat === 'number' ? node.previousFormat : 0;
      return children().map((child) => withFormat(child, previous));
    }
    default: {
      if (!node.children && !('attributionSuggestion' in node)) return [node];
      const { attributionSuggestion: _pending, ...rest } = node;
      return [node.children ? { ...rest, children: children() } : rest];
    }
  }
}

/**
 * The document as it reads with every pending suggestion rejected: the
 * journalist's text. Exporters and publishing send this, so a suggestion
 * nobody accepted never goes out; the pre-publish checklist says so.
 * Works on the saved JSON, without an editor.
 */
export function documentAsRejected(document: ArticleDocument): ArticleDocument {
  return { ...document, root: { ...document.root, children: document.root.children.flatMap(asRejected) } };
}

function collectIds(node: SerializedNodeShape, ids: Set<string>): void {
  if ((node.type === INSERTION || node.type === DELETION || node.type === FORMAT_CHANGE) && typeof node.suggestionId === 'string') ids.add(node.suggestionId);
  const pending = node.attributionSuggestion as { suggestionId?: unknown } | undefined;
  if (typeof pending?.suggestionId === 'string') ids.add(pending.suggestionId);
  for (const child of node.children ?? []) collectIds(child, ids);
}

/** How many suggestions wait for a decision (a replacement counts once). */
export function pendingSuggestionCount(document: ArticleDocument): number {
  const ids = new Set<string>();
  for (const node of document.root.children) collectIds(node, ids);
  return ids.size;
}
