import type { ArticleDocument, SerializedNodeShape } from '../../model/document';
import { SUGGESTED_SPLIT_KEY } from './suggestedSplit';

const INSERTION = 'midad-insertion';
const DELETION = 'midad-deletion';
const FORMAT_CHANGE = 'midad-format-change';

function withFormat(node: SerializedNodeShape, format: number): SerializedNodeShape {
  if (typeof node.text === 'string') return { ...node, format };
  return node.children ? { ...node, children: node.children.map((child) => withFormat(child, format)) } : node;
}

function splitOf(node: SerializedNodeShape): { suggestionId?: unknown } | undefined {
  const state = node.$ as Record<string, unknown> | undefined;
  const split = state?.[SUGGESTED_SPLIT_KEY];
  return typeof split === 'object' && split !== null ? split : undefined;
}

function withoutSplit(node: SerializedNodeShape): SerializedNodeShape {
  if (!splitOf(node)) return node;
  const { [SUGGESTED_SPLIT_KEY]: _split, ...state } = node.$ as Record<string, unknown>;
  const { $: _state, ...rest } = node;
  return Object.keys(state).length > 0 ? { ...rest, $: state } : rest;
}

/** Children as rejected; a block split off by a suggestion joins the block before it again. */
function rejectedChildren(children: SerializedNodeShape[]): SerializedNodeShape[] {
  const out: SerializedNodeShape[] = [];
  for (const child of children.flatMap(asRejected)) {
    const before = out[out.length - 1];
    if (splitOf(child) && before?.children) out[out.length - 1] = { ...before, children: [...before.children, ...(child.children ?? [])] };
    else out.push(withoutSplit(child));
  }
  return out;
}

/** A node's replacement when every suggestion is rejected: nothing, itself, or what it wrapped. */
function asRejected(node: SerializedNodeShape): SerializedNodeShape[] {
  const children = () => rejectedChildren(node.children ?? []);
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
  return { ...document, root: { ...document.root, children: rejectedChildren(document.root.children) } };
}

function collectIds(node: SerializedNodeShape, ids: Set<string>): void {
  if ((node.type === INSERTION || node.type === DELETION || node.type === FORMAT_CHANGE) && typeof node.suggestionId === 'string') ids.add(node.suggestionId);
  for (const pending of [node.attributionSuggestion as { suggestionId?: unknown } | undefined, splitOf(node)]) {
    if (typeof pending?.suggestionId === 'string') ids.add(pending.suggestionId);
  }
  for (const child of node.children ?? []) collectIds(child, ids);
}

/** How many suggestions wait for a decision (a replacement counts once). */
export function pendingSuggestionCount(document: ArticleDocument): number {
  const ids = new Set<string>();
  for (const node of document.root.children) collectIds(node, ids);
  return ids.size;
}
