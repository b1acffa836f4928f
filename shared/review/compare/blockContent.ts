import type { SerializedNodeShape } from '../../model/document';
import { canonicalJson } from '../../util/canonicalJson';

/** What makes two neighbouring text runs one run: everything but their text. */
function runStyle({ text: _text, ...rest }: SerializedNodeShape): string {
  return canonicalJson(rest);
}

/**
 * Children as a reader sees them: neighbouring text runs of the same style are
 * one run, and empty runs are nothing. Lexical stores the same words as one or
 * several runs depending on how they were typed, suggested or merged.
 */
function readerChildren(children: readonly SerializedNodeShape[]): SerializedNodeShape[] {
  const merged: SerializedNodeShape[] = [];
  for (const child of children) {
    if (child.type === 'text' && child.text === '') continue;
    const previous = merged.at(-1);
    if (child.type === 'text' && previous?.type === 'text' && runStyle(previous) === runStyle(child)) {
      merged[merged.length - 1] = { ...previous, text: `${String(previous.text)}${String(child.text)}` };
    } else {
      merged.push(child.children ? { ...child, children: readerChildren(child.children) } : child);
    }
  }
  return merged;
}

/**
 * A block's content, comparable across revisions and machines: without its
 * block id (a paragraph cut and pasted back is the same paragraph), with text
 * runs merged as a reader sees them and keys in a fixed order. Formatting,
 * links, quotes and attributions still count.
 */
export function blockContent(node: SerializedNodeShape): string {
  const { $: state, ...rest } = node;
  const { blockId: _blockId, ...otherState } = (state ?? {}) as Record<string, unknown>;
  const children = rest.children ? readerChildren(rest.children) : undefined;
  return canonicalJson({ ...rest, ...(children ? { children } : {}), $: otherState });
}
