import { $getNodeByKey, $getRoot, $isElementNode, $isRootNode, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';
import type { Finding } from '../../../../shared/proofreading/types';
import { $blockIdOf, $textAndRuns, $textRuns, pointIn } from './liveBlocks';
import type { Underline } from './underlineLayer';

function domPoint(editor: LexicalEditor, key: NodeKey, offset: number): [Node, number] | null {
  const text = editor.getElementByKey(key)?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  return [text, Math.min(offset, text.textContent?.length ?? 0)];
}

/**
 * Where each finding sits in the live editor's DOM. A finding whose block
 * changed since the check (its words are no longer at its offsets) is left
 * out until the next answer. Only the blocks near the screen that have
 * findings are read, each once, never the whole article.
 */
export function $findingUnderlines(editor: LexicalEditor, findings: readonly Finding[], isNear: (block: Element) => boolean): Underline[] {
  const byBlock = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byBlock.get(finding.blockId);
    if (list) list.push(finding);
    else byBlock.set(finding.blockId, [finding]);
  }
  const underlines: Underline[] = [];
  for (const node of byBlock.size > 0 ? $getRoot().getChildren() : []) {
    const blockFindings = $isElementNode(node) ? byBlock.get($blockIdOf(node)) : undefined;
    const element = blockFindings && editor.getElementByKey(node.getKey());
    if (!blockFindings || !element || !isNear(element)) continue;
    const { text, runs } = $textAndRuns(node as ElementNode);
    for (const finding of blockFindings) {
      if (text.slice(finding.start, finding.end) !== finding.text) continue;
      const start = pointIn(runs, finding.start, false);
      const end = pointIn(runs, finding.end, true);
      const from = start && domPoint(editor, start.key, start.offset);
      const to = end && domPoint(editor, end.key, end.offset);
      if (!from || !to) continue;
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      underlines.push({ block: element, severity: finding.severity, range, text: finding.text });
    }
  }
  return underlines;
}

/**
 * The elements of the top-level blocks an update dirtied that have findings
 * (`blockIds`: the blocks with findings): their text moved under their
 * underlines. Other blocks' text is where it was.
 */
export function $dirtyBlocksWithFindings(
  editor: LexicalEditor,
  blockIds: ReadonlySet<string>,
  dirtyElements: ReadonlyMap<NodeKey, unknown>,
): Element[] {
  const elements: Element[] = [];
  if (blockIds.size === 0) return elements;
  for (const key of dirtyElements.keys()) {
    const node = $getNodeByKey(key);
    if (!node || !$isRootNode(node.getParent()) || !blockIds.has($blockIdOf(node))) continue;
    const element = editor.getElementByKey(key);
    if (element) elements.push(element);
  }
  return elements;
}

/** The narrowest finding covering a point of a text node (the caret, a right-click). */
export function $findingAt(findings: readonly Finding[], key: NodeKey, offset: number): Finding | undefined {
  const node = $getNodeByKey(key);
  const top = node?.getTopLevelElement();
  if (!node || !$isElementNode(top)) return undefined;
  const run = $textRuns(top).find((candidate) => candidate.key === key);
  if (!run) return undefined;
  const at = run.start + offset;
  const blockId = $blockIdOf(top);
  return findings
    .filter((finding) => finding.blockId === blockId && finding.start <= at && at <= finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}
