import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { findInText } from './findMatches';

/** A match as Lexical points: it may start and end in different text nodes of one block. */
export interface FindMatch {
  startKey: string;
  startOffset: number;
  endKey: string;
  endOffset: number;
}

interface Segment {
  node: TextNode;
  start: number;
}

/** Text nodes grouped by the block that holds them (headline, kicker, lead, paragraph, list item …). */
function $textBlocks(): Segment[][] {
  const blocks: Segment[][] = [];
  const walk = (element: ElementNode, current: { segments: Segment[]; length: number }) => {
    for (const child of element.getChildren<LexicalNode>()) {
      if ($isTextNode(child)) {
        current.segments.push({ node: child, start: current.length });
        current.length += child.getTextContentSize();
      } else if ($isElementNode(child)) {
        if (child.isInline()) walk(child, current);
        else {
          const inner = { segments: [], length: 0 };
          walk(child, inner);
          if (inner.segments.length > 0) blocks.push(inner.segments);
        }
      }
    }
  };
  const top = { segments: [] as Segment[], length: 0 };
  walk($getRoot(), top);
  return blocks;
}

function pointAt(segments: Segment[], offset: number, preferNext: boolean): { key: string; offset: number } {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const end = segment.start + segment.node.getTextContentSize();
    const atBoundary = offset === end && preferNext && i + 1 < segments.length;
    if (offset <= end && !atBoundary) return { key: segment.node.getKey(), offset: offset - segment.start };
  }
  const last = segments.at(-1)!;
  return { key: last.node.getKey(), offset: last.node.getTextContentSize() };
}

/** Every match of an already folded query, in document order, across headline, kicker, lead and body. */
export function $findMatches(foldedQuery: string): FindMatch[] {
  const matches: FindMatch[] = [];
  for (const segments of $textBlocks()) {
    const text = segments.map((segment) => segment.node.getTextContent()).join('');
    for (const range of findInText(text, foldedQuery)) {
      const start = pointAt(segments, range.start, true);
      const end = pointAt(segments, range.end, false);
      matches.push({ startKey: start.key, startOffset: start.offset, endKey: end.key, endOffset: end.offset });
    }
  }
  return matches;
}

/**
 * Replaces the given matches; call inside one update so replacing all is one
 * undo step. The last match goes first, so earlier offsets stay valid.
 */
export function $replaceMatches(matches: FindMatch[], replacement: string): void {
  for (const match of [...matches].reverse()) {
    const selection = $createRangeSelection();
    selection.anchor.set(match.startKey, match.startOffset, 'text');
    selection.focus.set(match.endKey, match.endOffset, 'text');
    $setSelection(selection);
    selection.insertText(replacement);
  }
}
