import { $getNodeByKey, $getRoot, $isElementNode, $isRootNode, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';
import type { Finding, Severity } from '../../../../shared/proofreading/types';
import { $blockIdOf, $readBlock, $textRuns, pointIn } from './liveBlocks';

const SEVERITIES: Severity[] = ['error', 'warning', 'advice'];
const highlightName = (severity: Severity) => `midad-proof-${severity}`;
const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

function domPoint(editor: LexicalEditor, key: NodeKey, offset: number): [Node, number] | null {
  const text = editor.getElementByKey(key)?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  return [text, Math.min(offset, text.textContent?.length ?? 0)];
}

/**
 * Underlines the findings with the CSS Custom Highlight API, one highlight per
 * severity: nothing enters the document, undo or autosave. A finding whose
 * block changed since the check is left unpainted until the next answer.
 * Setting a highlight repaints every underlined word on screen, so callers repaint
 * only when `$touchesFindings` says an update changed a block that has findings,
 * and a severity whose ranges did not move is left as it is.
 */
export function paintFindings(editor: LexicalEditor, findings: readonly Finding[]): void {
  if (!supported()) return;
  const ranges = new Map<Severity, Range[]>(SEVERITIES.map((severity) => [severity, []]));
  // This runs after every update while typing: read the text of the blocks that have
  // findings only, never the whole article.
  const wanted = new Set(findings.map((finding) => finding.blockId));
  editor.getEditorState().read(() => {
    const blocks = new Map<string, { node: ElementNode; text: string }>();
    for (const node of wanted.size > 0 ? $getRoot().getChildren() : []) {
      if (!wanted.has($blockIdOf(node))) continue;
      const block = $readBlock(node);
      if (block) blocks.set(block.id, { node: node as ElementNode, text: block.text });
    }
    for (const finding of findings) {
      const block = blocks.get(finding.blockId);
      if (!block || block.text.slice(finding.start, finding.end) !== finding.text) continue;
      const runs = $textRuns(block.node);
      const start = pointIn(runs, finding.start, false);
      const end = pointIn(runs, finding.end, true);
      const from = start && domPoint(editor, start.key, start.offset);
      const to = end && domPoint(editor, end.key, end.offset);
      if (!from || !to) continue;
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      ranges.get(finding.severity)!.push(range);
    }
  });
  for (const [severity, list] of ranges) {
    // Any change to the registry makes Chromium re-mark and repaint every underlined word
    // on screen: an answer that leaves a severity's ranges where they are changes nothing.
    const current = CSS.highlights.get(highlightName(severity));
    if (current && sameRanges([...current] as Range[], list)) continue;
    CSS.highlights.set(highlightName(severity), new Highlight(...list));
  }
}

/** Same boundary points in the same order (live ranges have followed the edits since they were set). */
function sameRanges(current: readonly Range[], next: readonly Range[]): boolean {
  return (
    current.length === next.length &&
    current.every(
      (range, i) =>
        range.startContainer === next[i]!.startContainer &&
        range.startOffset === next[i]!.startOffset &&
        range.endContainer === next[i]!.endContainer &&
        range.endOffset === next[i]!.endOffset,
    )
  );
}

/**
 * Whether one of the top-level blocks an update dirtied has findings: the
 * ranges of the other blocks' findings sit in text nodes the update left alone
 * (DOM ranges follow their nodes), so they need no repaint.
 */
export function $touchesFindings(findings: readonly Finding[], dirtyElements: ReadonlyMap<NodeKey, unknown>): boolean {
  if (findings.length === 0) return false;
  const blockIds = new Set(findings.map((finding) => finding.blockId));
  for (const key of dirtyElements.keys()) {
    const node = $getNodeByKey(key);
    if (node && $isRootNode(node.getParent()) && blockIds.has($blockIdOf(node))) return true;
  }
  return false;
}

export function clearFindings(): void {
  if (!supported()) return;
  for (const severity of SEVERITIES) CSS.highlights.delete(highlightName(severity));
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
