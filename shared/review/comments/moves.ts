import { $createMarkNode, $isMarkNode } from '@lexical/mark';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalNode, type TextNode } from 'lexical';

/**
 * Threads whose whole text is in the selection being cut, with that text. A
 * cut destroys their marks (the clipboard carries HTML, and exports drop
 * marks), so the editor remembers them to anchor them again where the text
 * is pasted.
 */
export function $threadsInSelection(): Map<string, string> {
  const selection = $getSelection();
  const found = new Map<string, string>();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return found;
  const selected = selection.getTextContent();
  for (const node of selection.getNodes()) {
    const mark = $isMarkNode(node) ? node : $findMatchingParent(node, (parent: LexicalNode) => $isMarkNode(parent));
    if (!$isMarkNode(mark)) continue;
    const text = mark.getTextContent();
    for (const id of mark.getIDs()) if (!found.has(id) && text && selected.includes(text)) found.set(id, text);
  }
  return found;
}

/**
 * Anchors a thread again on `text` inside one of `candidates` (the text nodes a
 * paste wrote). Text split over differently formatted runs is not found: the
 * thread then stays orphaned, which keeps it, just unanchored.
 */
export function $anchorTextIn(id: string, text: string, candidates: TextNode[]): boolean {
  for (const candidate of candidates) {
    if (!$isTextNode(candidate) || !candidate.isAttached() || $isMarkNode(candidate.getParent())) continue;
    const at = candidate.getTextContent().indexOf(text);
    if (at < 0) continue;
    const parts = candidate.splitText(at, at + text.length);
    const target = parts[at === 0 ? 0 : 1];
    if (!target) continue;
    const mark = $createMarkNode([id]);
    target.insertBefore(mark);
    mark.append(target);
    return true;
  }
  return false;
}
