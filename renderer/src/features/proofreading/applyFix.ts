import { $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection, type ElementNode } from 'lexical';
import type { Finding } from '../../../../shared/proofreading/types';
import { $blockIdOf, $readBlock, $textRuns, pointIn } from './liveBlocks';

/** The top-level block a finding points to, by its block id. */
export function $blockById(blockId: string): ElementNode | null {
  return ($getRoot().getChildren().find((node) => $blockIdOf(node) === blockId) as ElementNode | undefined) ?? null;
}

/**
 * Selects a finding's text in the live editor; false when the block has
 * changed since the check (the finding is stale and must not be acted on).
 */
export function $selectFinding(finding: Pick<Finding, 'blockId' | 'start' | 'end' | 'text'>): boolean {
  const block = $blockById(finding.blockId);
  if (!block || $readBlock(block)?.text.slice(finding.start, finding.end) !== finding.text) return false;
  const runs = $textRuns(block);
  const start = pointIn(runs, finding.start, false);
  const end = pointIn(runs, finding.end, true);
  if (!start || !end) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(start.key, start.offset, 'text');
  selection.focus.set(end.key, end.offset, 'text');
  $setSelection(selection);
  return true;
}

/** Replaces a finding's text; answers whether it was applied (a stale finding is not). */
export function $applyReplacement(finding: Pick<Finding, 'blockId' | 'start' | 'end' | 'text'>, replacement: string): boolean {
  if (!$selectFinding(finding)) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  selection.insertText(replacement);
  return true;
}

/** The findings "fix all" may change: those with a fix, outside direct quotes (the speaker's words). */
export function bulkFixable(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.fix && !finding.insideQuote);
}

/**
 * Applies the fixes of several findings in one update (one undo step): each
 * block from its end backwards so earlier offsets stay true; a fix overlapping
 * one already applied is skipped. Answers how many were applied.
 */
export function $applyFixes(findings: readonly Finding[]): number {
  const ordered = [...findings].filter((finding) => finding.fix).sort((a, b) => (a.blockId === b.blockId ? b.start - a.start : a.blockId < b.blockId ? -1 : 1));
  let applied = 0;
  let previous: Finding | undefined;
  for (const finding of ordered) {
    if (previous?.blockId === finding.blockId && finding.end > previous.start) continue;
    if ($applyReplacement(finding, finding.fix!.replacement)) {
      applied++;
      previous = finding;
    }
  }
  return applied;
}
